//! Define a measure and its trajectory: add (`/measures/new?goal=ID`) or edit
//! (`/measures/:id/edit`).

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use scorecard_core::analysis::{
    Frequency, MeasureKind, Period, PeriodValue, Polarity, Shape, Tolerance, Trajectory,
};
use scorecard_core::format::{parse_number, parse_period, period_choices, period_key};
use scorecard_core::{Id, Measure, ValidationErrors};

use crate::app::state::{now, AppState};
use crate::ui::fields::{
    error_for, field_id, focus_error_summary, Choice, ErrorSummary, RadioField, SelectField,
    TextField,
};
use crate::ui::layout::set_page_title;
use crate::ui::read_only::{read_only_owner, OwnedBy};
use crate::ui::record::id_param;
use crate::ui::stale_notice::{refuse_stale, StaleNotice, StaleRecord};

const PREFIX: &str = "measure";

/// Adds a measure to the goal named by `?goal=`.
#[component]
pub fn NewMeasurePage() -> impl IntoView {
    set_page_title(|| "Add a measure".into());
    let state = AppState::get();
    let goal = use_query_map().with_untracked(|q| q.get("goal").and_then(|g| g.parse::<Id>().ok()));
    let goal = goal.and_then(|g| {
        state
            .workspace
            .with_untracked(|ws| ws.goal(g).map(|g| (g.id, g.title.clone())))
    });
    match goal {
        None => view! {
            <h1>"Add a measure"</h1>
            <p>"A measure belongs to a goal. Open the goal first, then choose “Add a measure”."</p>
            <p><A href="/cascade">"Go to the goal cascade"</A></p>
        }
        .into_any(),
        Some((goal_id, title)) => {
            let draft = Measure::new(
                Id::new_v4(),
                goal_id,
                "",
                Frequency::Monthly,
                Polarity::HigherIsBetter,
                MeasureKind::Point,
                now(),
            );
            view! {
                <A href=format!("/goals/{goal_id}") attr:class="back-link">{format!("Back to “{title}”")}</A>
                <span class="caption">{format!("Goal: {title}")}</span>
                <h1>"Add a measure"</h1>
                <MeasureForm draft=draft is_new=true/>
            }
            .into_any()
        }
    }
}

/// Edits a measure's definition, target and trajectory.
#[component]
pub fn EditMeasurePage() -> impl IntoView {
    let state = AppState::get();
    let measure = id_param()
        .get_untracked()
        .and_then(|id| state.workspace.with_untracked(|ws| ws.measure(id).cloned()));
    let title = measure.as_ref().map(|m| format!("Edit “{}”", m.name));
    let heading = title.clone();
    set_page_title(move || title.clone().unwrap_or_else(|| "Measure not found".into()));
    let locked = measure.as_ref().and_then(|m| {
        state.workspace.with_untracked(|ws| {
            read_only_owner(ws, scorecard_core::exchange::RecordKind::Measure, m.id)
        })
    });
    match (measure, locked) {
        (None, _) => {
            view! { <h1>"Measure not found"</h1><p>"It may have been deleted."</p> }.into_any()
        }
        (Some(m), Some((owner, arrival))) => view! {
            <A href=format!("/measures/{}", m.id) attr:class="back-link">"Back to the measure"</A>
            <h1>{m.name.clone()}</h1>
            <OwnedBy organisation_id=owner arrival=arrival/>
        }
        .into_any(),
        (Some(m), None) => view! {
            <A href=format!("/measures/{}", m.id) attr:class="back-link">"Back to the measure"</A>
            <h1>{heading}</h1>
            <MeasureForm draft=m is_new=false/>
        }
        .into_any(),
    }
}

fn frequency_key(f: Frequency) -> &'static str {
    match f {
        Frequency::Monthly => "monthly",
        Frequency::Quarterly => "quarterly",
        Frequency::Annual => "annual",
    }
}

fn frequency_from(key: &str) -> Frequency {
    match key {
        "quarterly" => Frequency::Quarterly,
        "annual" => Frequency::Annual,
        _ => Frequency::Monthly,
    }
}

fn text(v: f64) -> String {
    if v.is_finite() {
        format!("{v}")
    } else {
        String::new()
    }
}

/// Splits pasted values: one per line, or separated by tabs, commas or semicolons.
fn split_values(text: &str) -> Vec<&str> {
    text.split(['\n', '\t', ';', ','])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

#[component]
fn MeasureForm(draft: Measure, is_new: bool) -> impl IntoView {
    let state = AppState::get();
    let navigate = use_navigate();
    let original = draft.clone();
    let id = draft.id;
    let stale = RwSignal::new(None::<StaleRecord>);

    let name = RwSignal::new(draft.name.clone());
    let definition = RwSignal::new(draft.definition.clone());
    let unit = RwSignal::new(draft.unit.clone());
    let source = RwSignal::new(draft.data_source.clone());
    let frequency = RwSignal::new(frequency_key(draft.frequency).to_string());
    let (polarity_key, lower, upper) = match draft.polarity {
        Polarity::HigherIsBetter => ("higher", String::new(), String::new()),
        Polarity::LowerIsBetter => ("lower", String::new(), String::new()),
        Polarity::WithinBand { lower, upper } => ("band", text(lower), text(upper)),
    };
    let polarity = RwSignal::new(polarity_key.to_string());
    let band_lower = RwSignal::new(lower);
    let band_upper = RwSignal::new(upper);
    let kind = RwSignal::new(
        match draft.kind {
            MeasureKind::Point => "point",
            MeasureKind::Cumulative => "cumulative",
        }
        .to_string(),
    );
    let baseline_value = RwSignal::new(draft.baseline.map(|b| text(b.value)).unwrap_or_default());
    let baseline_period = RwSignal::new(
        draft
            .baseline
            .map(|b| period_key(&b.period))
            .unwrap_or_default(),
    );
    let target_value = RwSignal::new(draft.target.map(|t| text(t.value)).unwrap_or_default());
    let target_period = RwSignal::new(
        draft
            .target
            .map(|t| period_key(&t.period))
            .unwrap_or_default(),
    );
    let (tolerance_kind, tolerance_amount) = match draft.tolerance {
        Tolerance::Absolute(a) => ("absolute", text(a)),
        Tolerance::PercentOfPlanned(p) => ("percent", text(p)),
    };
    let tolerance_type = RwSignal::new(tolerance_kind.to_string());
    let tolerance = RwSignal::new(tolerance_amount);
    let weight = RwSignal::new(text(draft.weight));
    let method = RwSignal::new(
        if draft.trajectory.is_some() {
            "keep"
        } else {
            "straight"
        }
        .to_string(),
    );
    let seasonal = RwSignal::new("6, 6, 6, 6, 6, 6, 14, 8, 6, 20, 8, 8".to_string());
    let profile_first = RwSignal::new(
        draft
            .trajectory
            .as_ref()
            .and_then(|t| t.first())
            .map(|p| period_key(&p.period))
            .unwrap_or_default(),
    );
    let profile = RwSignal::new(
        draft
            .trajectory
            .as_ref()
            .map(|t| {
                t.points()
                    .iter()
                    .map(|p| text(p.value))
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_default(),
    );
    let errors = RwSignal::new(ValidationErrors::default());
    let summary = NodeRef::new();

    let freq_value = Memo::new(move |_| frequency_from(&frequency.get()));
    let period_options = Signal::derive(move || {
        let f = freq_value.get();
        let current = Period::containing(f, now().date_naive());
        let span = i64::from(f.periods_per_year()) * 3;
        period_choices(f, current, span, span)
            .into_iter()
            .map(|p| Choice::new(period_key(&p), p.label()))
            .collect::<Vec<_>>()
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut problems = ValidationErrors::default();
        let f = freq_value.get_untracked();
        let mut number =
            |field: &'static str, label: &str, value: &str, required: bool| -> Option<f64> {
                if value.trim().is_empty() {
                    if required {
                        problems.push(field, format!("Enter {label}"));
                    }
                    return None;
                }
                let parsed = parse_number(value);
                if parsed.is_none() {
                    problems.push(field, format!("Enter {label} as a number, for example 78"));
                }
                parsed
            };
        let band = polarity.get_untracked() == "band";
        let lower = number(
            "band_lower",
            "the lowest acceptable value",
            &band_lower.get_untracked(),
            band,
        );
        let upper = number(
            "band_upper",
            "the highest acceptable value",
            &band_upper.get_untracked(),
            band,
        );
        let base_v = number(
            "baseline_value",
            "the baseline value",
            &baseline_value.get_untracked(),
            false,
        );
        let target_v = number(
            "target_value",
            "the target value",
            &target_value.get_untracked(),
            false,
        );
        let tol = number(
            "tolerance",
            "the tolerance",
            &tolerance.get_untracked(),
            false,
        )
        .unwrap_or(0.0);
        let w = number("weight", "the weight", &weight.get_untracked(), false).unwrap_or(1.0);

        let base_p = parse_period(f, &baseline_period.get_untracked());
        let target_p = parse_period(f, &target_period.get_untracked());
        if base_v.is_some() && base_p.is_none() {
            problems.push("baseline_period", "Choose the period of the baseline");
        }
        if target_v.is_some() && target_p.is_none() {
            problems.push("target_period", "Choose the period the target is for");
        }
        let baseline = base_v.zip(base_p).map(|(v, p)| PeriodValue::new(p, v));
        let target = target_v.zip(target_p).map(|(v, p)| PeriodValue::new(p, v));
        let kind_value = if kind.get_untracked() == "cumulative" {
            MeasureKind::Cumulative
        } else {
            MeasureKind::Point
        };

        let shape = match method.get_untracked().as_str() {
            "front" => Some(Shape::FrontLoaded),
            "back" => Some(Shape::BackLoaded),
            "straight" => Some(Shape::Linear),
            "seasonal" => {
                let parts = split_values(&seasonal.get_untracked())
                    .into_iter()
                    .map(parse_number)
                    .collect::<Option<Vec<f64>>>();
                match parts.and_then(|v| <[f64; 12]>::try_from(v).ok()) {
                    Some(w) if w.iter().all(|x| *x >= 0.0) && w.iter().sum::<f64>() > 0.0 => {
                        Some(Shape::Seasonal { april_to_march: w })
                    }
                    _ => {
                        problems.push("seasonal", "Enter 12 weights, April to March, each a number of 0 or more, not all 0");
                        None
                    }
                }
            }
            _ => None,
        };
        let trajectory: Option<Trajectory> = match method.get_untracked().as_str() {
            "keep" => original.trajectory.clone(),
            "none" => None,
            "profile" => {
                let first = parse_period(f, &profile_first.get_untracked());
                if first.is_none() {
                    problems.push("profile_first", "Choose the first period of the plan");
                }
                let mut values = Vec::new();
                for (i, raw) in split_values(&profile.get_untracked())
                    .into_iter()
                    .enumerate()
                {
                    match parse_number(raw) {
                        Some(v) => values.push(v),
                        None => problems.push(
                            "profile",
                            format!("Value {} (“{raw}”) is not a number", i + 1),
                        ),
                    }
                }
                if values.is_empty() {
                    problems.push("profile", "Type or paste at least one planned value");
                }
                first.and_then(
                    |first| match Trajectory::from_profile(kind_value, first, &values) {
                        Ok(t) => Some(t),
                        Err(e) => {
                            problems.push("profile", e.to_string());
                            None
                        }
                    },
                )
            }
            _ => match (baseline, target, shape) {
                (Some(b), Some(t), Some(shape)) => {
                    match Trajectory::from_shape(kind_value, b, t, &shape) {
                        Ok(tr) => Some(tr),
                        Err(e) => {
                            problems.push("trajectory", e.to_string());
                            None
                        }
                    }
                }
                (None, _, Some(_)) | (_, None, Some(_)) => {
                    problems.push(
                        "trajectory",
                        "A trajectory drawn from a shape needs both a baseline and a target",
                    );
                    None
                }
                _ => None,
            },
        };

        let mut measure = original.clone();
        measure.name = name.get_untracked();
        measure.definition = definition.get_untracked();
        measure.unit = unit.get_untracked();
        measure.data_source = source.get_untracked();
        measure.frequency = f;
        measure.polarity = match polarity.get_untracked().as_str() {
            "lower" => Polarity::LowerIsBetter,
            "band" => Polarity::WithinBand {
                lower: lower.unwrap_or(f64::NAN),
                upper: upper.unwrap_or(f64::NAN),
            },
            _ => Polarity::HigherIsBetter,
        };
        measure.kind = kind_value;
        measure.baseline = baseline;
        measure.target = target;
        measure.tolerance = if tolerance_type.get_untracked() == "percent" {
            Tolerance::PercentOfPlanned(tol)
        } else {
            Tolerance::Absolute(tol)
        };
        measure.weight = w;
        measure.trajectory = trajectory;

        if !is_new {
            let refused = state.workspace.with_untracked(|ws| {
                let saved = ws.measure(id).map(|r| (r, r.stamps.updated_at));
                refuse_stale("measure", original.stamps.updated_at, &measure, saved)
            });
            if refused.is_some() {
                stale.set(refused);
                return;
            }
        }
        let result = if problems.is_empty() {
            state.edit(|ws| ws.save_measure(measure, now()))
        } else {
            // Report every problem at once; save nothing.
            let mut all = state
                .workspace
                .with_untracked(|ws| ws.validate_measure(&measure));
            all.0.retain(|e| problems.for_field(e.field).is_none());
            problems.0.extend(all.0);
            Err(problems)
        };
        match result {
            Ok(()) => {
                let path = format!("/measures/{id}");
                state.flash(
                    path.clone(),
                    if is_new {
                        "Measure added."
                    } else {
                        "Measure saved."
                    },
                );
                state.open_when_sent(&navigate, &path);
            }
            Err(e) => {
                errors.set(e);
                focus_error_summary(summary);
            }
        }
    };

    let id_of = |f: &str| field_id(PREFIX, f);
    let mut methods = Vec::new();
    if !is_new && draft.trajectory.is_some() {
        methods.push(Choice::new("keep", "Keep the current trajectory"));
    }
    methods.extend([
        Choice::new(
            "straight",
            "A straight line from the baseline to the target",
        ),
        Choice::new("front", "Front-loaded: more of the change early"),
        Choice::new(
            "back",
            "Back-loaded: more of the change late (common for savings)",
        ),
        Choice::new("seasonal", "Seasonal: shaped by a weight for each month"),
        Choice::new("profile", "Type or paste the planned value for each period"),
        Choice::new("none", "No trajectory yet"),
    ]);
    let cancel = if is_new {
        format!("/goals/{}", draft.goal_id)
    } else {
        format!("/measures/{id}")
    };

    view! {
        <StaleNotice stale=stale/>
        <form class="form" novalidate on:submit=submit>
            <ErrorSummary prefix=PREFIX errors=errors node=summary/>
            <TextField id=id_of("name") label="Name" value=name error=error_for(errors, "name")
                hint="For example “A&E patients seen within 4 hours”. Up to 150 characters."/>
            <TextField id=id_of("definition") label="Definition (optional)" value=definition multiline=true
                error=error_for(errors, "definition") hint="Exactly what is counted, and how."/>
            <TextField id=id_of("unit") label="Unit (optional)" value=unit error=error_for(errors, "unit")
                width="input-width-10" hint="For example %, patients, £m."/>
            <TextField id=id_of("data_source") label="Data source (optional)" value=source
                error=error_for(errors, "data_source")/>
            <RadioField id=id_of("frequency") legend="How often is it reported?" value=frequency
                error=error_for(errors, "frequency")
                choices=vec![Choice::new("monthly", "Monthly"), Choice::new("quarterly", "Quarterly (financial quarters)"), Choice::new("annual", "Annually (financial years)")]/>
            <RadioField id=id_of("polarity") legend="Which direction is better?" value=polarity
                error=error_for(errors, "polarity")
                choices=vec![Choice::new("higher", "Higher is better"), Choice::new("lower", "Lower is better (for example waiting times, costs)"), Choice::new("band", "Keep within a range")]/>
            <Show when=move || polarity.get() == "band">
                <TextField id=id_of("band_lower") label="Lowest acceptable value" value=band_lower
                    error=error_for(errors, "band_lower") width="input-width-10"/>
                <TextField id=id_of("band_upper") label="Highest acceptable value" value=band_upper
                    error=error_for(errors, "band_upper") width="input-width-10"/>
            </Show>
            <RadioField id=id_of("kind") legend="What does each value count?" value=kind error=error_for(errors, "kind")
                choices=vec![Choice::new("point", "The value for that period (for example % seen within 4 hours this month)"), Choice::new("cumulative", "A running total for the year (for example quits so far this year)")]/>
            <fieldset class="fieldset form-group">
                <legend class="legend">"Baseline (optional)"</legend>
                <div class="hint">"Where performance started."</div>
                <TextField id=id_of("baseline_value") label="Baseline value" value=baseline_value
                    error=error_for(errors, "baseline_value") width="input-width-10"/>
                <SelectField id=id_of("baseline_period") label="Baseline period" value=baseline_period
                    error=error_for(errors, "baseline_period") choices=period_options empty="Choose a period"/>
            </fieldset>
            <fieldset class="fieldset form-group">
                <legend class="legend">"Target (optional)"</legend>
                <TextField id=id_of("target_value") label="Target value" value=target_value
                    error=error_for(errors, "target_value") width="input-width-10"/>
                <SelectField id=id_of("target_period") label="Target period" value=target_period
                    error=error_for(errors, "target_period") choices=period_options empty="Choose a period"/>
            </fieldset>
            <RadioField id=id_of("trajectory") legend="Trajectory: the planned value for each period"
                hint="Status compares each actual with the plan for that period, never with a straight share of the target."
                value=method error=error_for(errors, "trajectory") choices=methods/>
            <Show when=move || method.get() == "seasonal">
                <TextField id=id_of("seasonal") label="Weights for each month, April to March" value=seasonal
                    error=error_for(errors, "seasonal")
                    hint="12 numbers separated by commas. A bigger number means more of the change in that month."/>
            </Show>
            <Show when=move || method.get() == "profile">
                <SelectField id=id_of("profile_first") label="First period of the plan" value=profile_first
                    error=error_for(errors, "profile_first") choices=period_options empty="Choose a period"/>
                <TextField id=id_of("profile") label="Planned values" value=profile multiline=true
                    error=error_for(errors, "profile")
                    hint="One per period, in order: one per line, or pasted from a spreadsheet row. For a running total, type the totals."/>
            </Show>
            <RadioField id=id_of("tolerance_type") legend="How far from plan is still amber (at risk)?" value=tolerance_type
                error=error_for(errors, "tolerance_type")
                choices=vec![Choice::new("absolute", "An amount in the measure's unit"), Choice::new("percent", "A percentage of the planned value")]/>
            <TextField id=id_of("tolerance") label="Tolerance" value=tolerance error=error_for(errors, "tolerance")
                width="input-width-10" hint="0 means anything short of plan is red."/>
            <TextField id=id_of("weight") label="Weight in a weighted roll-up" value=weight error=error_for(errors, "weight")
                width="input-width-10" hint="Used only when the goal's status is a weighted average. 1 is normal; 0 leaves it out."/>
            <div class="button-row">
                <button type="submit" class="button">"Save measure"</button>
                <A href=cancel attr:class="button button-secondary">"Cancel"</A>
            </div>
        </form>
    }
}

//! The measure form's fields: one signal a field of the core's [`MeasureDraft`], and the
//! controls that show them.

use leptos::prelude::*;
use scorecard_core::analysis::Period;
use scorecard_core::format::{period_choices, period_key};
use scorecard_core::measures::MeasureDraft;
use scorecard_core::ValidationErrors;

use crate::app::state::now;
use crate::ui::fields::{error_for, field_id, Choice, RadioField, SelectField, TextField};

/// DOM ids of the form's controls start with this.
pub(super) const PREFIX: &str = "measure";

/// The draft as the form holds it: one signal a field.
#[derive(Clone, Copy)]
pub(super) struct Fields {
    name: RwSignal<String>,
    definition: RwSignal<String>,
    unit: RwSignal<String>,
    data_source: RwSignal<String>,
    frequency: RwSignal<String>,
    polarity: RwSignal<String>,
    band_lower: RwSignal<String>,
    band_upper: RwSignal<String>,
    kind: RwSignal<String>,
    baseline_value: RwSignal<String>,
    baseline_period: RwSignal<String>,
    target_value: RwSignal<String>,
    target_period: RwSignal<String>,
    tolerance_type: RwSignal<String>,
    tolerance: RwSignal<String>,
    weight: RwSignal<String>,
    method: RwSignal<String>,
    seasonal: RwSignal<String>,
    profile_first: RwSignal<String>,
    profile: RwSignal<String>,
}

impl Fields {
    /// The form filled in from `draft`.
    pub(super) fn new(draft: MeasureDraft) -> Fields {
        Fields {
            name: RwSignal::new(draft.name),
            definition: RwSignal::new(draft.definition),
            unit: RwSignal::new(draft.unit),
            data_source: RwSignal::new(draft.data_source),
            frequency: RwSignal::new(draft.frequency),
            polarity: RwSignal::new(draft.polarity),
            band_lower: RwSignal::new(draft.band_lower),
            band_upper: RwSignal::new(draft.band_upper),
            kind: RwSignal::new(draft.kind),
            baseline_value: RwSignal::new(draft.baseline_value),
            baseline_period: RwSignal::new(draft.baseline_period),
            target_value: RwSignal::new(draft.target_value),
            target_period: RwSignal::new(draft.target_period),
            tolerance_type: RwSignal::new(draft.tolerance_type),
            tolerance: RwSignal::new(draft.tolerance),
            weight: RwSignal::new(draft.weight),
            method: RwSignal::new(draft.method),
            seasonal: RwSignal::new(draft.seasonal),
            profile_first: RwSignal::new(draft.profile_first),
            profile: RwSignal::new(draft.profile),
        }
    }

    /// The draft as typed so far.
    pub(super) fn typed(&self) -> MeasureDraft {
        MeasureDraft {
            name: self.name.get_untracked(),
            definition: self.definition.get_untracked(),
            unit: self.unit.get_untracked(),
            data_source: self.data_source.get_untracked(),
            frequency: self.frequency.get_untracked(),
            polarity: self.polarity.get_untracked(),
            band_lower: self.band_lower.get_untracked(),
            band_upper: self.band_upper.get_untracked(),
            kind: self.kind.get_untracked(),
            baseline_value: self.baseline_value.get_untracked(),
            baseline_period: self.baseline_period.get_untracked(),
            target_value: self.target_value.get_untracked(),
            target_period: self.target_period.get_untracked(),
            tolerance_type: self.tolerance_type.get_untracked(),
            tolerance: self.tolerance.get_untracked(),
            weight: self.weight.get_untracked(),
            method: self.method.get_untracked(),
            seasonal: self.seasonal.get_untracked(),
            profile_first: self.profile_first.get_untracked(),
            profile: self.profile.get_untracked(),
        }
    }
}

/// The ways to make a trajectory; keeping the current one only when editing a measure that
/// has one.
fn method_choices(can_keep: bool) -> Vec<Choice> {
    let mut methods = Vec::new();
    if can_keep {
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
    methods
}

/// Every control of the measure form, in order.
#[component]
pub(super) fn MeasureFields(
    fields: Fields,
    errors: RwSignal<ValidationErrors>,
    /// Offer to keep the measure's current trajectory.
    can_keep: bool,
) -> impl IntoView {
    let Fields {
        name,
        definition,
        unit,
        data_source,
        frequency,
        polarity,
        band_lower,
        band_upper,
        kind,
        baseline_value,
        baseline_period,
        target_value,
        target_period,
        tolerance_type,
        tolerance,
        weight,
        method,
        seasonal,
        profile_first,
        profile,
    } = fields;
    // Three years either side of today, in the frequency chosen: drawn again only when that
    // changes.
    let chosen = Memo::new(move |_| MeasureDraft::frequency_of(&frequency.read()));
    let period_options = Signal::derive(move || {
        let f = chosen.get();
        let current = Period::containing(f, now().date_naive());
        let span = i64::from(f.periods_per_year()) * 3;
        period_choices(f, current, span, span)
            .into_iter()
            .map(|p| Choice::new(period_key(&p), p.label()))
            .collect::<Vec<_>>()
    });
    let id_of = |f: &str| field_id(PREFIX, f);
    view! {
        <TextField
            id=id_of("name")
            label="Name"
            value=name
            error=error_for(errors, "name")
            hint="For example “A&E patients seen within 4 hours”. Up to 150 characters."
        />
        <TextField
            id=id_of("definition")
            label="Definition (optional)"
            value=definition
            multiline=true
            error=error_for(errors, "definition")
            hint="Exactly what is counted, and how."
        />
        <TextField
            id=id_of("unit")
            label="Unit (optional)"
            value=unit
            error=error_for(errors, "unit")
            width="input-width-10"
            hint="For example %, patients, £m."
        />
        <TextField
            id=id_of("data_source")
            label="Data source (optional)"
            value=data_source
            error=error_for(errors, "data_source")
        />
        <RadioField
            id=id_of("frequency")
            legend="How often is it reported?"
            value=frequency
            error=error_for(errors, "frequency")
            choices=vec![
                Choice::new("monthly", "Monthly"),
                Choice::new("quarterly", "Quarterly (financial quarters)"),
                Choice::new("annual", "Annually (financial years)"),
            ]
        />
        <RadioField
            id=id_of("polarity")
            legend="Which direction is better?"
            value=polarity
            error=error_for(errors, "polarity")
            choices=vec![
                Choice::new("higher", "Higher is better"),
                Choice::new("lower", "Lower is better (for example waiting times, costs)"),
                Choice::new("band", "Keep within a range"),
            ]
        />
        <Show when=move || polarity.get() == "band">
            <TextField
                id=id_of("band_lower")
                label="Lowest acceptable value"
                value=band_lower
                error=error_for(errors, "band_lower")
                width="input-width-10"
            />
            <TextField
                id=id_of("band_upper")
                label="Highest acceptable value"
                value=band_upper
                error=error_for(errors, "band_upper")
                width="input-width-10"
            />
        </Show>
        <RadioField
            id=id_of("kind")
            legend="What does each value count?"
            value=kind
            error=error_for(errors, "kind")
            choices=vec![
                Choice::new(
                    "point",
                    "The value for that period (for example % seen within 4 hours this month)",
                ),
                Choice::new(
                    "cumulative",
                    "A running total for the year (for example quits so far this year)",
                ),
            ]
        />
        <fieldset class="fieldset form-group">
            <legend class="legend">"Baseline (optional)"</legend>
            <div class="hint">"Where performance started."</div>
            <TextField
                id=id_of("baseline_value")
                label="Baseline value"
                value=baseline_value
                error=error_for(errors, "baseline_value")
                width="input-width-10"
            />
            <SelectField
                id=id_of("baseline_period")
                label="Baseline period"
                value=baseline_period
                error=error_for(errors, "baseline_period")
                choices=period_options
                empty="Choose a period"
            />
        </fieldset>
        <fieldset class="fieldset form-group">
            <legend class="legend">"Target (optional)"</legend>
            <TextField
                id=id_of("target_value")
                label="Target value"
                value=target_value
                error=error_for(errors, "target_value")
                width="input-width-10"
            />
            <SelectField
                id=id_of("target_period")
                label="Target period"
                value=target_period
                error=error_for(errors, "target_period")
                choices=period_options
                empty="Choose a period"
            />
        </fieldset>
        <RadioField
            id=id_of("trajectory")
            legend="Trajectory: the planned value for each period"
            hint="Status compares each actual with the plan for that period, never with a straight share of the target."
            value=method
            error=error_for(errors, "trajectory")
            choices=method_choices(can_keep)
        />
        <Show when=move || method.get() == "seasonal">
            <TextField
                id=id_of("seasonal")
                label="Weights for each month, April to March"
                value=seasonal
                error=error_for(errors, "seasonal")
                hint="12 numbers separated by commas. A bigger number means more of the change in that month."
            />
        </Show>
        <Show when=move || method.get() == "profile">
            <SelectField
                id=id_of("profile_first")
                label="First period of the plan"
                value=profile_first
                error=error_for(errors, "profile_first")
                choices=period_options
                empty="Choose a period"
            />
            <TextField
                id=id_of("profile")
                label="Planned values"
                value=profile
                multiline=true
                error=error_for(errors, "profile")
                hint="One per period, in order: one per line, or pasted from a spreadsheet row. For a running total, type the totals."
            />
        </Show>
        <RadioField
            id=id_of("tolerance_type")
            legend="How far from plan is still amber (at risk)?"
            value=tolerance_type
            error=error_for(errors, "tolerance_type")
            choices=vec![
                Choice::new("absolute", "An amount in the measure's unit"),
                Choice::new("percent", "A percentage of the planned value"),
            ]
        />
        <TextField
            id=id_of("tolerance")
            label="Tolerance"
            value=tolerance
            error=error_for(errors, "tolerance")
            width="input-width-10"
            hint="0 means anything short of plan is red."
        />
        <TextField
            id=id_of("weight")
            label="Weight in a weighted roll-up"
            value=weight
            error=error_for(errors, "weight")
            width="input-width-10"
            hint="Used only when the goal's status is a weighted average. 1 is normal; 0 leaves it out."
        />
    }
}

//! The review at a glance: kind, date, organisation, who took part, the next review and notes.

use leptos::prelude::*;
use scorecard_core::format::long_date;
use scorecard_core::reviews::{NextReview, ReviewDetails};

use super::links::person_link;

/// When the next review is, in words.
fn next_review_words(next: NextReview) -> String {
    match next {
        NextReview::Agreed(date) => long_date(date),
        NextReview::BySchedule(date) => {
            format!(
                "Not agreed; by the review schedule, due by {}",
                long_date(date)
            )
        }
        NextReview::NotAgreed => "Not agreed".into(),
    }
}

/// The summary list at the top of the review.
#[component]
pub(super) fn Summary(details: Memo<Option<ReviewDetails>>) -> impl IntoView {
    move || {
        details.get().map(|r| {
            let participants = if r.participants.is_empty() {
                view! { "Not recorded" }.into_any()
            } else {
                view! {
                    <ul class="plain-list inline-list">
                        {r
                            .participants
                            .into_iter()
                            .map(|p| view! { <li>{person_link(p)}</li> })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            };
            let notes = if r.notes.trim().is_empty() {
                "None recorded".to_string()
            } else {
                r.notes
            };
            view! {
                <dl class="summary-list">
                    <div class="summary-row">
                        <dt>"Kind"</dt>
                        <dd>{r.subject.kind_label()}</dd>
                    </div>
                    <div class="summary-row">
                        <dt>"Date"</dt>
                        <dd>{long_date(r.date)}</dd>
                    </div>
                    <div class="summary-row">
                        <dt>"Organisation"</dt>
                        <dd>{r.organisation}</dd>
                    </div>
                    <div class="summary-row">
                        <dt>"Who took part"</dt>
                        <dd>{participants}</dd>
                    </div>
                    <div class="summary-row">
                        <dt>"Next review"</dt>
                        <dd>{next_review_words(r.next_review)}</dd>
                    </div>
                    <div class="summary-row">
                        <dt>"Notes"</dt>
                        <dd class="preserve-lines">{notes}</dd>
                    </div>
                </dl>
            }
        })
    }
}

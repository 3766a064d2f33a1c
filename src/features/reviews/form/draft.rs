//! The review form's fields as signals: made from a [`ReviewDraft`] when the form opens, and read
//! back into one to save. What the fields mean, and every rule about them, is in the core.

use std::collections::BTreeMap;

use leptos::prelude::*;
use scorecard_core::reviews::{RatingDraft, ReviewDraft, ReviewKind};
use scorecard_core::{Id, MeasureSnapshot, ReviewSubject, Stamps};

use super::actions::ActionRow;

/// One signal per field, so each part of the form redraws only what it shows.
#[derive(Clone, Copy)]
pub(super) struct DraftFields {
    pub id: Id,
    pub kind: RwSignal<ReviewKind>,
    pub subject_id: RwSignal<String>,
    pub date: RwSignal<String>,
    pub participants: RwSignal<Vec<String>>,
    pub goals: RwSignal<Vec<String>>,
    pub notes: RwSignal<String>,
    pub ratings: RwSignal<BTreeMap<Id, RatingDraft>>,
    pub actions: RwSignal<Vec<ActionRow>>,
    pub next_review: RwSignal<String>,
    pub recorded_measures: StoredValue<Vec<MeasureSnapshot>>,
    pub stamps: Stamps,
}

impl DraftFields {
    pub fn new(draft: ReviewDraft) -> Self {
        DraftFields {
            id: draft.id,
            kind: RwSignal::new(draft.kind),
            subject_id: RwSignal::new(draft.subject_id),
            date: RwSignal::new(draft.date),
            participants: RwSignal::new(draft.participants),
            goals: RwSignal::new(draft.goals),
            notes: RwSignal::new(draft.notes),
            ratings: RwSignal::new(draft.ratings),
            actions: RwSignal::new(draft.actions.iter().map(ActionRow::from).collect()),
            next_review: RwSignal::new(draft.next_review),
            recorded_measures: StoredValue::new(draft.recorded_measures),
            stamps: draft.stamps,
        }
    }

    /// Whom the review is about, once chosen.
    pub fn subject(&self) -> Option<ReviewSubject> {
        self.kind.get().subject_chosen(&self.subject_id.read())
    }

    /// The draft as the fields stand, to save.
    pub fn draft_untracked(&self) -> ReviewDraft {
        ReviewDraft {
            id: self.id,
            kind: self.kind.get_untracked(),
            subject_id: self.subject_id.get_untracked(),
            date: self.date.get_untracked(),
            participants: self.participants.get_untracked(),
            goals: self.goals.get_untracked(),
            notes: self.notes.get_untracked(),
            ratings: self.ratings.get_untracked(),
            actions: self
                .actions
                .with_untracked(|rows| rows.iter().map(ActionRow::draft_untracked).collect()),
            next_review: self.next_review.get_untracked(),
            recorded_measures: self.recorded_measures.get_value(),
            stamps: self.stamps,
        }
    }
}

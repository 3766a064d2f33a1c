//! Reviews: the list, a review, the review form and the review schedule. The review and its
//! form show the measures discussed alike (`tables`).

pub mod cadences;
pub mod form;
pub mod list;
mod tables;
pub mod view;

use crate::ui::record_page::ListLink;

/// What the review and its form say when the address names no review.
const REVIEW_GONE: &str = "There is no review at this address. It may have been deleted.";

/// Where they send the reader instead.
const TO_REVIEWS: ListLink = ListLink {
    href: "/reviews",
    words: "Go to reviews",
};

//! Reviews: the list, a review, the review form and the review schedule. The review and its
//! form show the measures discussed alike (`tables`).

pub mod cadences;
pub mod form;
pub mod list;
mod tables;
pub mod view;

//! Reviews: the list, a review, the review form and the review schedule.

pub mod cadences;
pub mod form;
pub mod list;
pub mod view;

//! When the user last downloaded a copy, and whether there is work since then that only this
//! browser holds: the basis of the "download a backup" reminder.

use chrono::Duration;
use serde::{Deserialize, Serialize};

use crate::model::Timestamp;

/// Where the log is kept: a small key of its own, so the workspace itself never changes just
/// because a copy was downloaded.
pub const BACKUP_LOG_KEY: &str = "scorecard.backup-log";

/// After this long without a download, the user is reminded.
pub const REMIND_AFTER_DAYS: i64 = 7;

/// Downloads and edits, as far as the reminder needs them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupLog {
    /// When a copy of the workspace was last downloaded.
    #[serde(default)]
    pub last_download_at: Option<Timestamp>,
    /// The first edit to this workspace (none: untouched, e.g. the demo as it comes).
    #[serde(default)]
    pub first_edit_at: Option<Timestamp>,
    /// The latest edit to this workspace.
    #[serde(default)]
    pub last_edit_at: Option<Timestamp>,
}

/// Why the reminder shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    /// A copy was downloaded this many whole days ago, and there have been edits since.
    LastDownloadDaysAgo(i64),
    /// No copy has ever been downloaded, and the first edit was this many whole days ago.
    NeverDownloaded(i64),
}

impl BackupLog {
    /// Reads the log; anything unreadable counts as an empty log (it only drives a reminder).
    pub fn parse(text: Option<&str>) -> BackupLog {
        text.and_then(|t| serde_json::from_str(t).ok())
            .unwrap_or_default()
    }

    /// The log as stored.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).expect("plain data serialises")
    }

    /// Notes an edit at `now`.
    pub fn record_edit(&mut self, now: Timestamp) {
        self.first_edit_at.get_or_insert(now);
        self.last_edit_at = Some(now);
    }

    /// Notes a download at `now`.
    pub fn record_download(&mut self, now: Timestamp) {
        self.last_download_at = Some(now);
    }

    /// Forgets the edits: the workspace was replaced by an untouched one (empty, or the demo).
    pub fn record_replaced(&mut self) {
        self.first_edit_at = None;
        self.last_edit_at = None;
    }

    /// Whether the workspace has been edited since it was created or replaced.
    pub fn is_edited(&self) -> bool {
        self.first_edit_at.is_some()
    }

    /// Whether to remind the user to download a copy at `now`: only when there is work a
    /// download would keep (an edit, and one since the last download), and the last download —
    /// or, with none, the first edit — is more than [`REMIND_AFTER_DAYS`] old.
    pub fn reminder(&self, now: Timestamp) -> Option<Reminder> {
        let first_edit = self.first_edit_at?;
        let last_edit = self.last_edit_at.unwrap_or(first_edit);
        let limit = Duration::days(REMIND_AFTER_DAYS);
        match self.last_download_at {
            Some(download) if last_edit <= download => None,
            Some(download) if now - download > limit => {
                Some(Reminder::LastDownloadDaysAgo((now - download).num_days()))
            }
            Some(_) => None,
            None if now - first_edit > limit => {
                Some(Reminder::NeverDownloaded((now - first_edit).num_days()))
            }
            None => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn day(d: u32) -> Timestamp {
        Utc.with_ymd_and_hms(2026, 3, d, 12, 0, 0).unwrap()
    }

    #[test]
    fn an_untouched_workspace_is_never_a_reminder() {
        assert_eq!(BackupLog::default().reminder(day(30)), None);
        let mut log = BackupLog::default();
        log.record_download(day(1));
        assert_eq!(log.reminder(day(30)), None);
    }

    #[test]
    fn edits_never_downloaded_remind_after_seven_days() {
        let mut log = BackupLog::default();
        log.record_edit(day(1));
        log.record_edit(day(5));
        assert_eq!(log.first_edit_at, Some(day(1)));
        assert_eq!(
            log.reminder(day(8)),
            None,
            "exactly 7 days is not more than 7"
        );
        assert_eq!(log.reminder(day(9)), Some(Reminder::NeverDownloaded(8)));
    }

    #[test]
    fn a_download_resets_the_clock_and_only_edits_after_it_count() {
        let mut log = BackupLog::default();
        log.record_edit(day(1));
        log.record_download(day(2));
        assert_eq!(
            log.reminder(day(20)),
            None,
            "nothing new since the download"
        );
        log.record_edit(day(3));
        assert_eq!(log.reminder(day(9)), None);
        assert_eq!(
            log.reminder(day(10)),
            Some(Reminder::LastDownloadDaysAgo(8))
        );
    }

    #[test]
    fn replacing_the_workspace_forgets_its_edits_but_not_the_download() {
        let mut log = BackupLog::default();
        log.record_edit(day(1));
        log.record_download(day(2));
        log.record_replaced();
        assert!(!log.is_edited());
        assert_eq!(log.last_download_at, Some(day(2)));
        assert_eq!(log.reminder(day(30)), None);
    }

    #[test]
    fn an_unreadable_log_is_an_empty_one_and_the_text_round_trips() {
        assert_eq!(BackupLog::parse(Some("{not json")), BackupLog::default());
        assert_eq!(BackupLog::parse(None), BackupLog::default());
        let mut log = BackupLog::default();
        log.record_edit(day(1));
        log.record_download(day(2));
        assert_eq!(BackupLog::parse(Some(&log.to_text())), log);
    }
}

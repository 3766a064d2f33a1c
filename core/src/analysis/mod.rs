//! Pure analysis of measures: periods, trajectories, RAG status, forecasts, statistical
//! process control (Making Data Count XmR charts) and roll-up to goals and perspectives.
//!
//! Nothing here reads the clock: functions that depend on the date take `today`.

pub mod forecast;
pub mod period;
pub mod polarity;
pub mod rag;
pub mod rollup;
pub mod self_assessment;
pub mod spc;
pub mod status;
pub mod trajectory;

pub use forecast::{forecast, Forecast, ForecastError, ForecastMethod, Outlook};
pub use period::{
    financial_month_index, financial_year_label, financial_year_start, Frequency, Period,
    PeriodError, PeriodValue,
};
pub use polarity::{InvalidBand, MeasureKind, Polarity};
pub use rag::{pro_rata_rag, rag, Rag, RagError, Tolerance};
pub use rollup::{
    goal_status, perspective_status, roll_up, score, weighted_score, RollupError, RollupMethod,
    WeightedThresholds,
};
pub use self_assessment::{self_assessment_disagreement, Disagreement};
pub use spc::{
    xmr_chart, AssuranceIcon, IconsWithheld, Limits, Meaning, RunLength, Screening, Side, SpcChart,
    SpcError, SpcIcons, SpcOptions, SpcPoint, SpcRule, SpcSegment, SpcWarning, SpecialCause,
    VariationIcon, MIN_POINTS_FOR_ICONS,
};
pub use status::{
    latest_actual_on_trajectory, latest_due_period, measure_status, Grace, LatestComparison,
    MeasureStatus, RagStatus, StatusError,
};
pub use trajectory::{Shape, Trajectory, TrajectoryError, MAX_PERIODS};

//! Tells other tabs of this site which records a tab saved, over a BroadcastChannel, so each can
//! take the change in without reading the whole workspace.

use scorecard_core::storage::RecordKey;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const CHANNEL: &str = "scorecard-records";

/// What a tab announces after a commit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Saved {
    /// The records written or deleted.
    pub keys: Vec<RecordKey>,
    /// The whole workspace was replaced.
    pub all: bool,
}

/// This tab's end of the channel. `None` inside when the browser has no BroadcastChannel.
pub struct Tabs {
    channel: Option<web_sys::BroadcastChannel>,
}

impl Tabs {
    /// Joins the channel and calls `on_saved` for what other tabs announce.
    pub fn join(on_saved: impl Fn(Saved) + 'static) -> Tabs {
        let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else {
            return Tabs { channel: None };
        };
        let listener =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                if let Some(saved) = e
                    .data()
                    .as_string()
                    .and_then(|text| serde_json::from_str::<Saved>(&text).ok())
                {
                    on_saved(saved);
                }
            });
        channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        // The channel lives as long as the page, and so does its listener.
        listener.forget();
        Tabs {
            channel: Some(channel),
        }
    }

    /// Tells the other tabs what this one saved.
    pub fn announce(&self, saved: &Saved) {
        if let (Some(channel), Ok(text)) = (&self.channel, serde_json::to_string(saved)) {
            let _ = channel.post_message(&JsValue::from_str(&text));
        }
    }
}

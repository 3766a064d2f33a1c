//! A quick pass over a JSON text, before it is parsed, that finds how deeply it nests. A file
//! nested hundreds of levels deep is refused here with a clear message, rather than meeting the
//! parser's recursion limit (or the stack).

/// Where a text first goes deeper than allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TooDeep {
    /// Line of the opening bracket, from 1.
    pub line: usize,
    /// Column of the opening bracket, in characters from 1.
    pub column: usize,
}

/// Checks that no `[` or `{` outside a string opens a level deeper than `max_depth`.
///
/// It only counts brackets; anything else wrong with the text is left for the parser to report.
pub(crate) fn check_depth(text: &str, max_depth: usize) -> Result<(), TooDeep> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut line = 1usize;
    let mut column = 0usize;
    for c in text.chars() {
        if c == '\n' {
            line += 1;
            column = 0;
        } else {
            column += 1;
        }
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '[' | '{' => {
                depth += 1;
                if depth > max_depth {
                    return Err(TooDeep { line, column });
                }
            }
            ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_brackets_outside_strings_only() {
        assert!(check_depth(r#"{"a": "[[[[[[[["}"#, 2).is_ok());
        assert!(check_depth("[[1]]", 2).is_ok());
        assert_eq!(
            check_depth("[\n [\n  [1]]]", 2),
            Err(TooDeep { line: 3, column: 3 })
        );
        assert!(check_depth(r#"["\"[[[["]"#, 1).is_ok());
    }
}

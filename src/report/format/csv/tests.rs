use super::cells::*;
use super::dialect::*;
use super::*;

#[test]
fn cells_are_defused_and_read_back() {
    for text in [
        "=1+1",
        "'=1+1",
        "''@x",
        "-5",
        "plain",
        "'quoted'",
        "+",
        "say \"over\", then",
        "a;b",
    ] {
        let written = cell(text);
        let rows = rows(&written, ',', 10).unwrap_or_default();
        assert_eq!(undefused(&rows[0][0]), text, "{written}");
    }
    assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
}

#[test]
fn rows_take_quotes_line_breaks_and_crlf() {
    let text = "a,b\r\n\"x\r\ny\",\"say \"\"over\"\"\"\r\n,\n";
    let rows = rows(text, ',', 10).unwrap_or_default();
    assert_eq!(
        rows,
        [
            vec!["a".to_owned(), "b".to_owned()],
            vec!["x\r\ny".to_owned(), "say \"over\"".to_owned()],
            vec![String::new(), String::new()],
        ]
    );
}

#[test]
fn rows_past_the_limit_are_refused_where_they_start() {
    assert_eq!(rows("h\n1\n2\n3\n", ',', 3).map(|r| r.len()).ok(), Some(4));
    let problem = rows("h\n1\n2\n3\n4\n5\n", ',', 3)
        .err()
        .map(|p| p.into_error("t.csv").to_string());
    assert_eq!(
        problem.as_deref(),
        Some("t.csv: row 5: the file holds more than 3 rows below its header; split it into several files")
    );
    assert_eq!(MAX_ENTRIES, 1_000_000, "as README says");
}

#[test]
fn dates_with_a_midnight_time() {
    assert!(parse_date("2025-12-31").is_some());
    assert!(parse_date("2025-12-31 00:00:00").is_some());
    assert!(parse_date("2025-12-31T00:00:00Z").is_some());
    assert!(parse_date("12/31/2025").is_none());
    assert!(parse_date("2025-12-31 13:00").is_none());
    assert!(parse_date("2025-02-30").is_none());
}

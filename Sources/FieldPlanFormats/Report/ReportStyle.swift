/// The report's inline style sheet.
enum ReportStyle {
    /// CSS for the day report; print-friendly, no external fonts.
    static let css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#1f2933;background:#fff}
        h1{font-size:22px;margin:0 0 4px}
        h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d9dee3;padding-bottom:4px}
        .meta{color:#5f6b76;margin:0 0 16px}
        table{border-collapse:collapse;font-size:13px;margin:4px 0 12px}
        th,td{border:1px solid #d9dee3;padding:4px 8px;text-align:left;vertical-align:top}
        th{background:#f3f5f7}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        .cards{display:flex;flex-wrap:wrap;gap:10px;margin:8px 0 12px}
        .card{border:1px solid #d9dee3;border-radius:6px;padding:8px 12px;min-width:110px}
        .card b{display:block;font-size:20px}
        .card span{color:#5f6b76;font-size:12px}
        .late{color:#b42318}
        .ok{color:#05603a}
        .legend{font-size:12px;color:#5f6b76;margin:4px 0}
        .legend i{display:inline-block;width:12px;height:10px;margin:0 4px 0 12px;vertical-align:middle}
        svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        ul.reasons{margin:0;padding-left:18px}
        """
}

package fr.okrsante.dashboard;

/**
 * The page's styles beyond the base ones: charts that scale to their container, a layout that
 * fits a 390-pixel phone, and an A4 print stylesheet — one objective never split across pages,
 * charts never cut, table headers repeated on each page, no background needed to read a status.
 *
 * <p>To get a PDF, print the page from a browser and choose "Save as PDF" (headless Chromium:
 * {@code chromium --headless --print-to-pdf=dashboard.pdf dashboard.html}).
 */
final class PrintStyle {

  /** Chart, map, heat-map and narrow-screen styles. */
  static final String SCREEN = """
      figure.chart{margin:.4em 0;max-width:40em}figure.chart svg{display:block;width:100%;height:auto}
      figure.map{max-width:52em}
      .legend{margin:.1em 0 .4em;font-size:.75em;color:#444}.legend span{margin-right:1em;white-space:nowrap}
      .chart-note{font-size:.8em;margin:.2em 0}
      tr.trend td{border-bottom:1px solid #ddd;padding-top:0}
      .since li{margin:.2em 0}.hint{color:#444;font-size:.85em}
      table.heat td.cell{text-align:center;font-weight:600}
      tr.gap td{background:#fbeaea}tr.gap strong{color:#8c1d18}
      .print-hint{color:#444;font-size:.75em}
      .guardrail{display:block;font-size:.8em;color:#333}
      svg{max-width:100%}
      h3{overflow-wrap:anywhere}td{overflow-wrap:anywhere}
      @media (max-width:700px){
      body{font-size:16px;padding:0 .5em;margin:.5em auto}
      .objective{margin-left:0!important;padding:.3em .4em}
      table,thead,tbody,tr,th,td{display:block;width:auto}
      tr{border-bottom:1px solid #ccc;padding:.2em 0}th{display:none}td{border:0;padding:.1em .2em;text-align:left}
      td.num{text-align:left;white-space:normal}
      table.heat tr:first-child{display:none}table.heat td.cell{display:inline-block;min-width:2.2em}
      }
      """;

  /** The A4 print stylesheet. */
  static final String PRINT = """
      @page{size:A4 portrait;margin:14mm 12mm}
      @media print{
      body{font-size:10.5pt;max-width:none;margin:0;padding:0;color:#000}
      h1{font-size:16pt}h2{font-size:13pt;break-after:avoid;page-break-after:avoid}
      .objective,figure.chart,table.heat tr,tr.trend,.since,.coverage tr{break-inside:avoid;page-break-inside:avoid}
      figure.chart{max-width:15cm}figure.map{max-width:none}
      thead{display:table-header-group}
      .objective{margin-left:0!important;border-left-width:4px}
      .status{print-color-adjust:exact;-webkit-print-color-adjust:exact}
      table.heat td.cell,tr.gap td{print-color-adjust:exact;-webkit-print-color-adjust:exact}
      .print-hint{display:none}
      a{color:#000;text-decoration:none}
      }
      """;

  private PrintStyle() {}
}

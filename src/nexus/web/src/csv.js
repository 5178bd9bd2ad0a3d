// CSV as spreadsheets read it (RFC 4180): every cell quoted when needed, CRLF line ends.
// A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR at its start) is prefixed
// with ' so text taken from a document can never become a formula.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value) {
  if (value === undefined || value === null) return "";
  let text = String(value);
  if (FORMULA_START.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** rows: arrays of cells (the first row is the header) -> CSV text. */
export function toCsv(rows) {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** Offer `text` as a file download (a Blob URL, revoked once the click is handled). */
export function download(filename, text, type = "text/csv;charset=utf-8") {
  const url = URL.createObjectURL(new Blob(["\ufeff", text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

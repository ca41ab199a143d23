/* Sorting and filtering for the companion's tables: plain JavaScript, no library, nothing loaded.
 *
 * Built for 20,000 rows: three listeners for the whole page (clicks on headings, typing, menu
 * changes), none per row. Rows are filtered by toggling their `hidden` attribute and sorted by
 * re-appending the same <tr> elements; each row's text and each column's sort keys are read from
 * the page once, on first use. Numbers sort as numbers, text case-insensitively, blanks last.
 */
(function () {
  "use strict";
  var collator = new Intl.Collator(undefined, { sensitivity: "accent" });
  var states = {};
  var timers = {};

  function state(table) {
    var s = states[table.id];
    if (!s) {
      var body = table.tBodies[0];
      s = states[table.id] = {
        table: table, body: body, rows: Array.prototype.slice.call(body.rows),
        texts: null, keys: {}, column: -1, ascending: true
      };
    }
    return s;
  }

  function grouped(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }

  function columnKeys(s, column, numeric) {
    var key = column + (numeric ? "n" : "t");
    if (!s.keys[key]) {
      s.keys[key] = s.rows.map(function (row) {
        var text = row.cells[column].textContent.trim();
        if (text === "") { return null; }
        if (numeric) {
          var n = Number(text.replace(/,/g, ""));
          return isNaN(n) ? null : n;
        }
        return text;
      });
    }
    return s.keys[key];
  }

  function sortBy(th) {
    var table = th.closest("table");
    var s = state(table);
    var column = th.cellIndex;
    var numeric = th.getAttribute("data-type") === "num";
    s.ascending = s.column === column ? !s.ascending : true;
    s.column = column;
    var keys = columnKeys(s, column, numeric);
    var sign = s.ascending ? 1 : -1;
    var order = s.rows.map(function (row, i) { return i; });
    order.sort(function (a, b) {
      var x = keys[a], y = keys[b];
      if (x === null || y === null) {
        if (x === y) { return a - b; }
        return x === null ? 1 : -1;  /* blanks last, whichever the direction */
      }
      var c = numeric ? x - y : collator.compare(x, y);
      return c !== 0 ? sign * c : a - b;
    });
    /* Reorder the rows while their tbody is out of the document: moved in place, each row would
       make the browser restyle its later siblings, which is quadratic in the rows. */
    var next = s.body.nextSibling;
    table.removeChild(s.body);
    for (var i = 0; i < order.length; i++) { s.body.appendChild(s.rows[order[i]]); }
    table.insertBefore(s.body, next);
    var heads = table.tHead.rows[0].cells;
    for (var j = 0; j < heads.length; j++) { heads[j].removeAttribute("aria-sort"); }
    th.setAttribute("aria-sort", s.ascending ? "ascending" : "descending");
  }

  function rowTexts(s) {
    if (!s.texts) {
      s.texts = s.rows.map(function (row) {
        var parts = [];
        for (var i = 0; i < row.cells.length; i++) { parts.push(row.cells[i].textContent); }
        return parts.join("\n").toLowerCase();
      });
    }
    return s.texts;
  }

  function applyFilter(table) {
    var s = state(table);
    var box = document.querySelector('input[data-for="' + table.id + '"]');
    var menu = document.querySelector('select[data-for="' + table.id + '"]');
    var query = box ? box.value.trim().toLowerCase() : "";
    var source = menu ? menu.value : "";
    var sourceColumn = Number(table.getAttribute("data-source-column"));
    var texts = query ? rowTexts(s) : null;
    var shown = 0;
    for (var i = 0; i < s.rows.length; i++) {
      var row = s.rows[i];
      var keep = (!query || texts[i].indexOf(query) !== -1) &&
                 (!source || row.cells[sourceColumn].textContent === source);
      if (row.hidden === keep) { row.hidden = !keep; }
      if (keep) { shown++; }
    }
    var count = document.getElementById(table.id + "-count");
    count.textContent = grouped(shown) + " of " + grouped(s.rows.length) + " " + table.getAttribute("data-noun");
  }

  function tableOf(control) {
    return document.getElementById(control.getAttribute("data-for"));
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("thead th button");
    if (button) { sortBy(button.parentNode); }
  });
  document.addEventListener("input", function (event) {
    var table = event.target.matches("input[data-for]") ? tableOf(event.target) : null;
    if (!table) { return; }
    clearTimeout(timers[table.id]);
    timers[table.id] = setTimeout(function () { applyFilter(table); }, 120);
  });
  document.addEventListener("change", function (event) {
    var table = event.target.matches("[data-for]") ? tableOf(event.target) : null;
    if (table) { clearTimeout(timers[table.id]); applyFilter(table); }
  });
  var controls = document.querySelectorAll(".controls");
  for (var i = 0; i < controls.length; i++) { controls[i].hidden = false; }
})();

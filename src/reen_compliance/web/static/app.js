/* reen-compliance: suggestions while typing a body's name (progressive enhancement).
   Without this script the search form works as a plain GET form. Built with DOM calls only. */
(function () {
  "use strict";
  var input = document.querySelector("input[data-suggest]");
  var box = document.getElementById("suggestions");
  if (!input || !box || !window.fetch) { return; }
  var timer = null;
  var asked = "";

  function choice(hit) {
    var form = document.createElement("form");
    form.method = "post";
    form.action = input.dataset.start;
    form.className = "hit";
    [["csrf_token", input.dataset.csrf], ["lang", input.dataset.lang], ["code", hit.code]].forEach(function (pair) {
      var field = document.createElement("input");
      field.type = "hidden";
      field.name = pair[0];
      field.value = pair[1];
      form.appendChild(field);
    });
    var button = document.createElement("button");
    button.type = "submit";
    button.className = "suggestion";
    button.textContent = hit.name + " (" + (hit.dep ? hit.dep + ", " : "") + hit.code + ")";
    form.appendChild(button);
    var item = document.createElement("li");
    item.appendChild(form);
    return item;
  }

  function show(hits) {
    while (box.firstChild) { box.removeChild(box.firstChild); }
    if (!hits.length) { return; }
    var list = document.createElement("ul");
    list.className = "hits";
    hits.forEach(function (hit) { list.appendChild(choice(hit)); });
    box.appendChild(list);
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var query = input.value.trim();
      if (query.length < 2) { show([]); return; }
      asked = query;
      fetch(input.dataset.suggest + "?q=" + encodeURIComponent(query), { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (hits) { if (asked === query) { show(hits); } })
        .catch(function () { show([]); });
    }, 150);
  });
}());

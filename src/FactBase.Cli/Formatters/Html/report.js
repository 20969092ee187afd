// The HTML report's script: evidence on hover or click, filters by rule and verdict. It reads the page only; it
// never builds markup from strings, so text from articles stays text.
(function () {
  'use strict';
  var evidence = document.getElementById('evidence');
  var shown = document.getElementById('shown');
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark.claim'));
  var findings = Array.prototype.slice.call(document.querySelectorAll('li.finding'));
  var pinned = null;

  function show(mark) {
    while (evidence.firstChild) { evidence.removeChild(evidence.firstChild); }
    mark.getAttribute('data-findings').split(' ').forEach(function (id) {
      var item = document.getElementById(id);
      if (item && !item.hidden) {
        var copy = item.cloneNode(true);
        copy.removeAttribute('id');
        evidence.appendChild(copy);
      }
    });
    if (!evidence.firstChild) { hide(); return; }
    var box = mark.getBoundingClientRect();
    evidence.hidden = false;
    var left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - evidence.offsetWidth - 8));
    evidence.style.left = left + 'px';
    evidence.style.top = (box.bottom + window.scrollY + 6) + 'px';
  }

  function hide() {
    evidence.hidden = true;
    if (pinned) { pinned.classList.remove('active'); pinned = null; }
  }

  function pin(mark) {
    if (mark.classList.contains('off')) { return; }
    if (pinned) { pinned.classList.remove('active'); }
    pinned = mark;
    mark.classList.add('active');
    show(mark);
  }

  // A link to a claim (#m1-3, as the findings' "line, column" links are) opens its evidence.
  function fromAddress() {
    var target = null;
    try { target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null; } catch (e) { target = null; }
    if (target && target.matches('mark.claim')) { pin(target); }
  }

  marks.forEach(function (mark) {
    mark.addEventListener('mouseenter', function () { if (!pinned && !mark.classList.contains('off')) { show(mark); } });
    mark.addEventListener('mouseleave', function () { if (!pinned) { evidence.hidden = true; } });
    mark.addEventListener('click', function (event) {
      event.stopPropagation();
      pin(mark);
    });
    mark.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); mark.click(); }
    });
  });
  document.addEventListener('click', function (event) {
    if (!evidence.contains(event.target) && !(event.target.closest && event.target.closest('a.at'))) { hide(); }
  });
  window.addEventListener('hashchange', fromAddress);
  document.addEventListener('keydown', function (event) { if (event.key === 'Escape') { hide(); } });

  function checked(kind) {
    var on = {};
    document.querySelectorAll('input[data-filter="' + kind + '"]').forEach(function (box) { on[box.value] = box.checked; });
    return on;
  }

  function filter() {
    var rules = checked('rule');
    var verdicts = checked('verdict');
    var visible = 0;
    findings.forEach(function (item) {
      var on = rules[item.getAttribute('data-rule')] !== false && verdicts[item.getAttribute('data-verdict')] !== false;
      item.hidden = !on;
      visible += on ? 1 : 0;
    });
    marks.forEach(function (mark) {
      var on = mark.getAttribute('data-findings').split(' ').some(function (id) {
        var item = document.getElementById(id);
        return item && !item.hidden;
      });
      mark.classList.toggle('off', !on);
    });
    var total = shown.getAttribute('data-total');
    shown.textContent = 'Showing ' + visible + ' of ' + total + (total === '1' ? ' claim.' : ' claims.');
    hide();
  }

  document.querySelectorAll('input[data-filter]').forEach(function (box) { box.addEventListener('change', filter); });
  filter();
  fromAddress();
}());

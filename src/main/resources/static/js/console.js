/*
 * RedShield console: CSRF for htmx, keyboard shortcuts, type-dependent intake sections.
 * Alt+letter follows the link marked data-shortcut="letter" (handled here rather than with accesskey, whose modifiers
 * differ from browser to browser); the key's physical code is used so that an input method does not get in the way.
 */
(function () {
  'use strict';

  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute('content') : null;
  }

  // Spring Security wants the CSRF token on every unsafe request htmx makes.
  document.addEventListener('htmx:configRequest', function (e) {
    var token = meta('_csrf');
    if (token) {
      e.detail.headers[meta('_csrf_header') || 'X-CSRF-TOKEN'] = token;
    }
  });

  // A session that timed out answers htmx with the login page: show it whole instead of inside a table.
  document.addEventListener('htmx:beforeSwap', function (e) {
    var url = (e.detail.xhr && e.detail.xhr.responseURL) || '';
    if (/\/login(\?|$)/.test(url)) {
      e.detail.shouldSwap = false;
      window.location.href = url;
    }
  });

  function typing(el) {
    if (!el) return false;
    var tag = el.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
  }

  function rowLinks() {
    return Array.prototype.slice.call(document.querySelectorAll('[data-row-link]'));
  }

  function moveRow(step) {
    var links = rowLinks();
    if (!links.length) return;
    var i = links.indexOf(document.activeElement);
    var next = i < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(Math.max(i + step, 0), links.length - 1);
    links[next].focus();
    links[next].scrollIntoView({ block: 'nearest' });
  }

  function openHelp() {
    var d = document.getElementById('shortcuts');
    if (d && typeof d.showModal === 'function' && !d.open) d.showModal();
  }

  document.addEventListener('keydown', function (e) {
    var el = e.target;
    if (e.altKey && !e.ctrlKey && !e.metaKey && /^Key[A-Z]$/.test(e.code || '')) {
      var target = document.querySelector('[data-shortcut="' + e.code.charAt(3).toLowerCase() + '"]');
      if (target) {
        e.preventDefault();
        target.click();
      }
      return;
    }
    // Ctrl+Enter (Cmd+Enter on a Mac) submits the form being filled in.
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      var form = el && el.closest ? el.closest('form') : null;
      if (form) {
        e.preventDefault();
        if (typeof form.requestSubmit === 'function') form.requestSubmit(); else form.submit();
      }
      return;
    }
    if (e.key === 'Escape' && el && el.id === 'search') {
      el.blur();
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey || typing(el)) return;
    if (e.key === '/') {
      var search = document.getElementById('search');
      if (search) {
        e.preventDefault();
        search.focus();
        search.select();
      }
    } else if (e.key === '?') {
      e.preventDefault();
      openHelp();
    } else if (e.key === 'j' || e.key === 'J') {
      e.preventDefault();
      moveRow(1);
    } else if (e.key === 'k' || e.key === 'K') {
      e.preventDefault();
      moveRow(-1);
    }
  });

  document.addEventListener('click', function (e) {
    if (e.target.closest && e.target.closest('[data-help]')) openHelp();
  });

  // Steps that cannot be undone and take no other input ask first.
  document.addEventListener('submit', function (e) {
    var message = e.target.getAttribute && e.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) e.preventDefault();
  });

  // Intake: show what the chosen type needs; a section that holds a value or an error stays visible whatever the type.
  function applyType(select) {
    var type = select.value;
    var form = select.form;
    form.querySelectorAll('[data-show-for]').forEach(function (section) {
      var wanted = section.getAttribute('data-show-for').split(' ').indexOf(type) >= 0;
      var holdsSomething = section.querySelector('.invalid') !== null ||
        Array.prototype.some.call(section.querySelectorAll('input, textarea'), function (i) { return i.value.trim() !== ''; });
      section.hidden = !(wanted || holdsSomething);
    });
    form.querySelectorAll('[data-required-for]').forEach(function (field) {
      var types = (field.getAttribute('data-required-for') || '').split(' ');
      field.classList.toggle('required', types.indexOf(type) >= 0);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var typeSelect = document.querySelector('[data-type-select]');
    if (typeSelect) {
      applyType(typeSelect);
      typeSelect.addEventListener('change', function () { applyType(typeSelect); });
    }
  });
})();

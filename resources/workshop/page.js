// The participant page: reads BASE/api/map every 1.5 s, posts cards and votes. Plain text only:
// every text from the map is set with textContent, never as HTML. Its own texts come from
// strings.js, in the map's language (the workshop is run in it; docs/WORKSHOP.md).
(function () {
  "use strict";
  var BASE = document.body.getAttribute("data-base");
  var POLL_MS = 1500;
  var TEXT_MAX = 500;  // as the server counts: characters, not UTF-16 units
  var NICKNAME_MAX = 40;
  var LOST_AFTER = 2;  // failed reads in a row before the page says the session is gone
  var $ = function (id) { return document.getElementById(id); };
  var store = window.localStorage;
  var participant = store.getItem("journey-participant");
  if (!participant) {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    participant = Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
    store.setItem("journey-participant", participant);
  }
  $("nickname").value = store.getItem("journey-nickname") || "";
  // a note not sent yet survives a reload, and a new session of the facilitator on this computer
  $("text").value = store.getItem("journey-draft") || "";
  var view = null;
  var chosenLane = store.getItem("journey-lane") || "";
  var pendingVote = false;
  var lastKey = "";
  var failures = 0;
  var STRINGS = window.JOURNEY_WORKSHOP_STRINGS;
  var STATES = ["contributing", "voting", "paused", "ended"];

  function supported(language) {
    var code = String(language || "").toLowerCase().split("-")[0];
    return STRINGS.hasOwnProperty(code) ? code : "";
  }
  // Until the map is read: the language of the last map this phone showed, else the phone's.
  var lang = supported(store.getItem("journey-language")) || supported(navigator.language) || "en";

  function format(text, values) {
    return text.replace(/\{(\w+)\}/g, function (all, name) {
      return values && values.hasOwnProperty(name) ? String(values[name]) : all;
    });
  }

  // t("send"), t("message.noteTooLong", {max: 500}); t("dots.count", {count: 2}, 2) picks the plural form
  function t(key, values, count) {
    var entry = STRINGS[lang].hasOwnProperty(key) ? STRINGS[lang][key] : STRINGS.en[key];
    if (entry === undefined) return key;
    if (typeof entry === "object") {
      var form = new Intl.PluralRules(lang).select(count);
      entry = entry.hasOwnProperty(form) ? entry[form] : entry.other;
    }
    return format(entry, values);
  }

  function translatePage() {
    document.documentElement.lang = lang;
    Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (node) {
      node.textContent = t(node.getAttribute("data-t"));
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-t-placeholder]"), function (node) {
      node.placeholder = t(node.getAttribute("data-t-placeholder"));
    });
    var hint = $("vote-hint");
    var parts = t("vote.hint").split("{minus}");
    hint.textContent = "";
    parts.forEach(function (part, i) {
      if (i) { var minus = document.createElement("b"); minus.textContent = "−"; hint.appendChild(minus); }
      hint.appendChild(document.createTextNode(part));
    });
    if (!view) {
      document.title = t("page.title");
      $("title").textContent = t("connecting");
    }
  }

  function useLanguage(language) {
    var chosen = supported(language) || "en";
    if (chosen === lang && document.documentElement.lang === lang) return;
    lang = chosen;
    store.setItem("journey-language", lang);
    lastKey = "";  // the board is drawn again in the new language
    translatePage();
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function say(id, text, ok) {
    var node = $(id);
    node.textContent = text;
    node.className = "message " + (ok ? "ok" : "bad");
  }

  function length(text) { return Array.from(text).length; }

  // The server's reasons are for developers, in English ("'text' is over 500 characters"): say
  // them for people, in the page's language.
  var REASONS = {
    "unknown stage": "error.unknownStage",
    "unknown lane": "error.unknownLane",
    "this lane is not open to participants": "error.laneClosed",
    "unknown card": "error.unknownCard",
    "the round has ended": "error.ended",
    "the facilitator has paused the workshop": "error.paused",
    "cards are not being added now": "error.notAdding",
    "voting is not open now": "error.notVoting",
    "you have no dots left: take one back first": "error.noDotsLeft",
    "you gave this card no dot": "error.noDotGiven",
    "the workshop session has stopped": "error.stopped"
  };

  function humanReason(status, reason) {
    if (status === 429) return t("error.tooFast");
    if (status === 503) return t("error.stopped");
    if (/^'text' is over/.test(reason)) return t("message.noteTooLong", { max: TEXT_MAX });
    if (/^'nickname' is over/.test(reason)) return t("message.nameTooLong", { max: NICKNAME_MAX });
    if (REASONS.hasOwnProperty(reason)) return t(REASONS[reason]);
    if (status === 400) return t("error.badRequest");  // the page checks what it sends: not for people
    return reason ? t("error.other", { reason: reason }) : t("error.status", { status: status });
  }

  function request(method, path, body) {
    var options = { method: method, headers: {}, cache: "no-store" };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    // fetch fails with a browser's words ("Failed to fetch") when the server is gone
    var sent = fetch(BASE + path, options).catch(function () {
      var lost = new Error(t("message.notSent"));
      lost.offline = true;
      throw lost;
    });
    return sent.then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      var read = type.indexOf("application/json") === 0 ? response.json() : response.text();
      return read.then(function (data) {
        if (!response.ok) {
          throw new Error(humanReason(response.status, typeof data === "string" ? data.trim() : ""));
        }
        return data;
      });
    });
  }

  function stageName(stage, i) { return stage.name || t("stage.untitled", { n: i + 1 }); }

  function laneTitle(lane) {
    return lane.title || (STRINGS.en.hasOwnProperty("kind." + lane.kind) ? t("kind." + lane.kind) : lane.kind);
  }

  function fillStages(stages) {
    var select = $("stage");
    var keep = select.value || store.getItem("journey-stage") || "";
    var same = select.options.length === stages.length && stages.every(function (s, i) {
      return select.options[i].value === s.id && select.options[i].textContent === stageName(s, i);
    });
    if (!same) {
      select.textContent = "";
      stages.forEach(function (s, i) {
        var option = el("option", "", stageName(s, i));
        option.value = s.id;
        select.appendChild(option);
      });
    }
    if (stages.some(function (s) { return s.id === keep; })) select.value = keep;
  }

  function fillLanes(lanes) {
    var box = $("lanes");
    if (!lanes.some(function (l) { return l.id === chosenLane; })) chosenLane = lanes.length ? lanes[0].id : "";
    box.textContent = "";
    lanes.forEach(function (lane) {
      var button = el("button", "lane-choice", laneTitle(lane));
      button.type = "button";
      button.setAttribute("role", "radio");
      button.setAttribute("aria-checked", String(lane.id === chosenLane));
      button.setAttribute("data-lane", lane.id);
      button.addEventListener("click", function () {
        chosenLane = lane.id;
        store.setItem("journey-lane", chosenLane);
        fillLanes(view.lanes);
        $("text").focus();
      });
      box.appendChild(button);
    });
  }

  function dotsLine(you, dots) {
    var line = $("dots");
    line.textContent = "";
    for (var i = 0; i < dots; i++) line.appendChild(el("span", "dot" + (i < dots - you.dotsLeft ? " full" : "")));
    line.appendChild(el("span", "dots-left", t("dots.left", { left: you.dotsLeft, total: dots }, you.dotsLeft)));
  }

  function vote(card, delta) {
    if (pendingVote) return;
    pendingVote = true;
    request("POST", "/api/votes", { card: card, delta: delta, participant: participant })
      .then(function () { say("vote-message", t(delta > 0 ? "vote.given" : "vote.takenBack"), true); return refresh(); })
      .catch(function (error) {
        if (error.offline) connected(false);
        say("vote-message", error.offline ? t("vote.notCounted") : error.message, false);
      })
      .then(function () { pendingVote = false; });
  }

  function renderBoard() {
    var board = $("board");
    var voting = view.round.state === "voting";
    var you = view.you || { votes: {}, dotsLeft: 0 };
    board.className = voting ? "voting" : "";
    board.textContent = "";
    view.stages.forEach(function (stage, i) {
      var section = el("section", "stage");
      section.appendChild(el("h3", "", stageName(stage, i)));
      view.lanes.forEach(function (lane) {
        var cards = view.cards.filter(function (c) { return c.stage === stage.id && c.lane === lane.id; });
        var block = el("div", "lane kind-" + lane.kind);
        block.appendChild(el("h4", "", laneTitle(lane)));
        if (!cards.length) {
          block.appendChild(el("p", "empty", t("board.empty")));
        } else {
          var list = el("ul", "cards");
          cards.forEach(function (card) {
            var mine = you.votes[card.id] || 0;
            var item = el("li", "card" + (mine ? " given" : ""));
            item.setAttribute("data-card", card.id);
            item.appendChild(el("span", "text", card.text));
            if (mine) item.appendChild(el("span", "mine", "●".repeat(Math.min(mine, 5))));
            if (card.votes) {
              var badge = el("span", "votes", String(card.votes));
              badge.title = t("dots.count", { count: card.votes }, card.votes);
              item.appendChild(badge);
            }
            if (voting) {
              if (mine) {
                var take = el("button", "take", "−");
                take.type = "button";
                take.setAttribute("aria-label", t("dots.takeBack"));
                take.addEventListener("click", function (event) { event.stopPropagation(); vote(card.id, -1); });
                item.appendChild(take);
              }
              item.setAttribute("role", "button");
              item.tabIndex = 0;
              item.addEventListener("click", function () {
                if (you.dotsLeft > 0) vote(card.id, 1);
                else if (mine) vote(card.id, -1);
                else say("vote-message", t("vote.noneLeft"), false);
              });
            }
            list.appendChild(item);
          });
          block.appendChild(list);
        }
        section.appendChild(block);
      });
      board.appendChild(section);
    });
  }

  function render() {
    document.title = t("page.titleOf", { title: view.title || t("workshop") });
    $("title").textContent = view.title || t("workshop");
    var state = view.round.state;
    $("state").textContent = STATES.indexOf(state) >= 0 ? t("state." + state) : state;
    $("state").className = "state " + state;
    $("add").hidden = state !== "contributing";
    $("vote-help").hidden = state !== "voting";
    if (state === "voting" && view.you) dotsLine(view.you, view.round.dots);
    // redraw only what changed: a note being tapped is never replaced under the finger
    var key = JSON.stringify([lang, view.stages, view.lanes, view.cards, view.round, view.you]);
    if (key === lastKey) return;
    lastKey = key;
    fillStages(view.stages);
    fillLanes(view.lanes);
    renderBoard();
  }

  function connected(yes) {
    var wasLost = failures >= LOST_AFTER;
    failures = yes ? 0 : failures + 1;
    var lost = failures >= LOST_AFTER;
    $("connection").hidden = !lost;
    if (lost) {
      $("state").textContent = t("state.lost");
      $("state").className = "state lost";
    } else if (!yes) {
      $("state").textContent = t("state.reconnecting");
    } else if (wasLost && $("message").textContent === t("message.notSent")) {
      say("message", t("message.connectedAgain"), true);
    }
  }

  function refresh() {
    return request("GET", "/api/map?participant=" + encodeURIComponent(participant))
      .then(function (data) { view = data; useLanguage(data.language); connected(true); render(); })
      .catch(function () { connected(false); });
  }

  function showCount() {
    var count = length($("text").value);
    $("count").textContent = count + " / " + TEXT_MAX;
    $("count").className = "count" + (count > TEXT_MAX ? " over" : "");
    return count;
  }

  function clearComplaint() {  // a red "Type a note first." does not stay under a typed note
    if ($("message").className.indexOf("bad") >= 0) say("message", "", true);
  }

  $("text").addEventListener("input", function () {
    store.setItem("journey-draft", $("text").value);
    clearComplaint();
    if (showCount() > TEXT_MAX) say("message", t("message.noteTooLong", { max: TEXT_MAX }), false);
  });
  $("nickname").addEventListener("input", clearComplaint);
  $("stage").addEventListener("change", function () { store.setItem("journey-stage", $("stage").value); });
  $("card-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var nickname = $("nickname").value.trim();
    var text = $("text").value.trim();
    if (!nickname) { say("message", t("message.typeName"), false); $("nickname").focus(); return; }
    if (!text) { say("message", t("message.typeNote"), false); $("text").focus(); return; }
    if (length(text) > TEXT_MAX) {
      say("message", t("message.noteTooLong", { max: TEXT_MAX }), false);
      showCount();
      $("text").focus();
      return;
    }
    if (!chosenLane) { say("message", t("message.noLane"), false); return; }
    store.setItem("journey-nickname", nickname);
    $("send").disabled = true;
    request("POST", "/api/cards", { stage: $("stage").value, lane: chosenLane, text: text, nickname: nickname })
      .then(function () {
        $("text").value = "";
        store.removeItem("journey-draft");
        showCount();
        say("message", t("message.sent"), true);
        return refresh();
      })
      .catch(function (error) {
        if (error.offline) connected(false);
        say("message", error.offline ? t("message.notSent") : error.message, false);
      })
      .then(function () { $("send").disabled = false; });
  });

  translatePage();
  showCount();
  refresh();
  window.setInterval(function () { if (!pendingVote) refresh(); }, POLL_MS);
})();

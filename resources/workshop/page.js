// The participant page: reads BASE/api/map every 1.5 s, posts cards and votes. Plain text only:
// every text from the map is set with textContent, never as HTML.
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
  var NOT_SENT = "Not sent: the session has stopped, or the connection is lost. Your note is kept on this phone.";

  var STATE_TEXT = {
    contributing: "Add your notes",
    voting: "Voting: tap the notes you prefer",
    paused: "Paused by the facilitator",
    ended: "Round ended: thank you!"
  };

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

  // The server's reasons are for developers ("'text' is over 500 characters"): say them for people.
  function humanReason(reason) {
    if (/^'text' is over/.test(reason)) return "Your note is too long: " + TEXT_MAX + " characters at most.";
    if (/^'nickname' is over/.test(reason)) return "Your name is too long: " + NICKNAME_MAX + " characters at most.";
    return reason;
  }

  function request(method, path, body) {
    var options = { method: method, headers: {}, cache: "no-store" };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    // fetch fails with a browser's words ("Failed to fetch") when the server is gone
    var sent = fetch(BASE + path, options).catch(function () {
      var lost = new Error(NOT_SENT);
      lost.offline = true;
      throw lost;
    });
    return sent.then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      var read = type.indexOf("application/json") === 0 ? response.json() : response.text();
      return read.then(function (data) {
        if (!response.ok) {
          var reason = typeof data === "string" && data ? data : "error " + response.status;
          if (response.status === 429) reason = "Too fast: wait a few seconds.";
          else if (response.status === 400) reason = humanReason(reason);
          throw new Error(reason);
        }
        return data;
      });
    });
  }

  function fillStages(stages) {
    var select = $("stage");
    var keep = select.value || store.getItem("journey-stage") || "";
    var same = select.options.length === stages.length && stages.every(function (s, i) {
      return select.options[i].value === s.id && select.options[i].textContent === (s.name || "Stage " + (i + 1));
    });
    if (!same) {
      select.textContent = "";
      stages.forEach(function (s, i) {
        var option = el("option", "", s.name || "Stage " + (i + 1));
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
      var button = el("button", "lane-choice", lane.title || lane.kind);
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
    line.appendChild(el("span", "dots-left", you.dotsLeft + " of " + dots + " dots left"));
  }

  function vote(card, delta) {
    if (pendingVote) return;
    pendingVote = true;
    request("POST", "/api/votes", { card: card, delta: delta, participant: participant })
      .then(function () { say("vote-message", delta > 0 ? "Dot given." : "Dot taken back.", true); return refresh(); })
      .catch(function (error) {
        if (error.offline) connected(false);
        say("vote-message", error.offline ? "Not counted: the session has stopped or the connection is lost." : error.message, false);
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
      section.appendChild(el("h3", "", stage.name || "Stage " + (i + 1)));
      view.lanes.forEach(function (lane) {
        var cards = view.cards.filter(function (c) { return c.stage === stage.id && c.lane === lane.id; });
        var block = el("div", "lane kind-" + lane.kind);
        block.appendChild(el("h4", "", lane.title || lane.kind));
        if (!cards.length) {
          block.appendChild(el("p", "empty", "No notes yet"));
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
              badge.title = card.votes + (card.votes === 1 ? " dot" : " dots");
              item.appendChild(badge);
            }
            if (voting) {
              if (mine) {
                var take = el("button", "take", "−");
                take.type = "button";
                take.setAttribute("aria-label", "Take a dot back");
                take.addEventListener("click", function (event) { event.stopPropagation(); vote(card.id, -1); });
                item.appendChild(take);
              }
              item.setAttribute("role", "button");
              item.tabIndex = 0;
              item.addEventListener("click", function () {
                if (you.dotsLeft > 0) vote(card.id, 1);
                else if (mine) vote(card.id, -1);
                else say("vote-message", "No dots left: tap − on a note to take one back.", false);
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
    document.title = (view.title || "Workshop") + " · Journey Studio";
    $("title").textContent = view.title || "Workshop";
    var state = view.round.state;
    $("state").textContent = STATE_TEXT[state] || state;
    $("state").className = "state " + state;
    $("add").hidden = state !== "contributing";
    $("vote-help").hidden = state !== "voting";
    if (state === "voting" && view.you) dotsLine(view.you, view.round.dots);
    // redraw only what changed: a note being tapped is never replaced under the finger
    var key = JSON.stringify([view.stages, view.lanes, view.cards, view.round, view.you]);
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
      $("state").textContent = "Session stopped";
      $("state").className = "state lost";
    } else if (!yes) {
      $("state").textContent = "Reconnecting…";
    } else if (wasLost && $("message").textContent === NOT_SENT) {
      say("message", "Connected again: you can send your note.", true);
    }
  }

  function refresh() {
    return request("GET", "/api/map?participant=" + encodeURIComponent(participant))
      .then(function (data) { connected(true); view = data; render(); })
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
    if (showCount() > TEXT_MAX) say("message", "Your note is too long: " + TEXT_MAX + " characters at most.", false);
  });
  $("nickname").addEventListener("input", clearComplaint);
  $("stage").addEventListener("change", function () { store.setItem("journey-stage", $("stage").value); });
  $("card-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var nickname = $("nickname").value.trim();
    var text = $("text").value.trim();
    if (!nickname) { say("message", "Type your name first.", false); $("nickname").focus(); return; }
    if (!text) { say("message", "Type a note first.", false); $("text").focus(); return; }
    if (length(text) > TEXT_MAX) {
      say("message", "Your note is too long: " + TEXT_MAX + " characters at most.", false);
      showCount();
      $("text").focus();
      return;
    }
    if (!chosenLane) { say("message", "No lane is open.", false); return; }
    store.setItem("journey-nickname", nickname);
    $("send").disabled = true;
    request("POST", "/api/cards", { stage: $("stage").value, lane: chosenLane, text: text, nickname: nickname })
      .then(function () {
        $("text").value = "";
        store.removeItem("journey-draft");
        showCount();
        say("message", "Sent: it is on the map.", true);
        return refresh();
      })
      .catch(function (error) {
        if (error.offline) connected(false);
        say("message", error.offline ? NOT_SENT : error.message, false);
      })
      .then(function () { $("send").disabled = false; });
  });

  showCount();
  refresh();
  window.setInterval(function () { if (!pendingVote) refresh(); }, POLL_MS);
})();

// Invariants every analysed Document keeps, whatever the input. Shared by the
// libFuzzer target (tests/fuzz/fuzz_analyze.cc) and the GoogleTest robustness
// suite (cpp/tests/robustness_test.cc). Returns "" when all hold, else the first
// broken one, described.
#ifndef PARLEY_TESTS_FUZZ_INVARIANTS_H_
#define PARLEY_TESTS_FUZZ_INVARIANTS_H_

#include <cstdint>
#include <set>
#include <string>

#include "parley/document.h"
#include "parley/error.h"

namespace parley::testing {

inline std::string check_invariants(const Document& doc, bool round_trip = true) {
  const std::int64_t n = doc.size();
  auto span = [&](const char* what, std::size_t i, std::int64_t s, std::int64_t e) -> std::string {
    if (s < 0 || s > e || e > n)
      return std::string(what) + " #" + std::to_string(i) + " [" + std::to_string(s) + ", " + std::to_string(e) +
             ") is not inside the text of " + std::to_string(n) + " code points";
    return "";
  };
  std::set<std::string> speaker_ids, entity_ids;
  for (const auto& s : doc.speakers)
    if (!speaker_ids.insert(s.id).second) return "speaker id " + s.id + " twice";
  for (const auto& e : doc.entities)
    if (!entity_ids.insert(e.id).second) return "entity id " + e.id + " twice";

  std::int64_t prev_end = 0;
  for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
    const auto& p = doc.paragraphs[i];
    if (auto err = span("paragraph", i, p.start, p.end); !err.empty()) return err;
    if (p.start < prev_end) return "paragraph #" + std::to_string(i) + " overlaps or precedes the one before";
    prev_end = p.end;
    if (!p.speaker.empty() && !speaker_ids.count(p.speaker))
      return "paragraph #" + std::to_string(i) + " names unknown speaker " + p.speaker;
  }
  std::int64_t prev_start = 0;
  for (std::size_t i = 0; i < doc.turns.size(); ++i) {
    const auto& t = doc.turns[i];
    if (auto err = span("turn", i, t.start, t.end); !err.empty()) return err;
    if (t.start < prev_start) return "turn #" + std::to_string(i) + " is out of text order";
    prev_start = t.start;
    if (!speaker_ids.count(t.speaker)) return "turn #" + std::to_string(i) + " names unknown speaker " + t.speaker;
    if (t.reply_to < -1 || t.reply_to >= static_cast<std::int64_t>(i))
      return "turn #" + std::to_string(i) + " replies to turn " + std::to_string(t.reply_to);
    for (auto p : t.paragraphs)
      if (p < 0 || p >= static_cast<std::int64_t>(doc.paragraphs.size()))
        return "turn #" + std::to_string(i) + " names paragraph " + std::to_string(p);
  }
  prev_start = 0;
  for (std::size_t i = 0; i < doc.quotes.size(); ++i) {
    const auto& q = doc.quotes[i];
    if (auto err = span("quote", i, q.start, q.end); !err.empty()) return err;
    if (q.start < prev_start) return "quote #" + std::to_string(i) + " is out of text order";
    prev_start = q.start;
    if (q.speaker_start != -1 || q.speaker_end != -1) {
      if (auto err = span("quote speaker", i, q.speaker_start, q.speaker_end); !err.empty()) return err;
      if (!q.speaker_text.empty() && std::string(doc.slice(q.speaker_start, q.speaker_end)) != q.speaker_text)
        return "quote #" + std::to_string(i) + " speaker_text '" + q.speaker_text + "' is not the text at its span";
    }
    if (!q.speaker.empty() && !speaker_ids.count(q.speaker) && !entity_ids.count(q.speaker))
      return "quote #" + std::to_string(i) + " names unknown speaker " + q.speaker;
  }
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    const auto& e = doc.entities[i];
    if (e.mentions.empty()) return "entity " + e.id + " has no mention";
    prev_start = 0;
    for (std::size_t k = 0; k < e.mentions.size(); ++k) {
      const auto& m = e.mentions[k];
      if (auto err = span(("entity " + e.id + " mention").c_str(), k, m.start, m.end); !err.empty()) return err;
      if (m.start < prev_start) return "entity " + e.id + " mentions are out of text order";
      prev_start = m.start;
    }
  }
  for (std::size_t i = 0; i < doc.warnings.size(); ++i)
    if (auto err = span("warning", i, doc.warnings[i].start, doc.warnings[i].end); !err.empty()) return err;

  if (round_trip) {
    std::string json = doc.to_json();
    Document back;
    try {
      back = Document::from_json(json);
    } catch (const Error& e) {
      return std::string("from_json(to_json(doc)) threw: ") + e.what();
    }
    if (!(back == doc)) return "from_json(to_json(doc)) != doc";
    if (back.to_json() != json) return "to_json is not stable through a round trip";
  }
  return "";
}

}  // namespace parley::testing

#endif  // PARLEY_TESTS_FUZZ_INVARIANTS_H_

#include "speakers/addressed.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entities/lexicon.h"
#include "speakers/askers.h"
#include "turns/labels.h"

namespace parley::detail {

namespace {

constexpr int kMaxExchanges = 6;            // exchanges back from the answer that names its asker
constexpr std::int64_t kMaxTurnGap = 2;     // paragraphs from one turn to the next in an exchange
constexpr std::size_t kMaxGivenNameBytes = 20;

// The given name an answer addresses between commas (", Tom, "), or empty.
std::string_view addressed_name(std::string_view text) {
  for (std::size_t at = text.find(", "); at != std::string_view::npos; at = text.find(", ", at + 1)) {
    std::size_t b = at + 2, e = b;
    while (e < text.size() && e - b <= kMaxGivenNameBytes &&
           ((text[e] >= 'a' && text[e] <= 'z') || (e == b && text[e] >= 'A' && text[e] <= 'Z')))
      ++e;
    if (e == b || !(text[b] >= 'A' && text[b] <= 'Z') || e >= text.size() || text[e] != ',') continue;
    std::string_view word = text.substr(b, e - b);
    if (word.size() >= 2 && (lex::classes_of(word) & lex::kGivenName)) return word;
  }
  return {};
}

// Whether turn b follows turn a with at most kMaxTurnGap paragraphs from a's last to b's first.
bool adjacent(const Turn& a, const Turn& b) {
  return !a.paragraphs.empty() && !b.paragraphs.empty() && b.paragraphs.front() - a.paragraphs.back() <= kMaxTurnGap;
}

}  // namespace

void name_addressed_askers(Context& ctx) {
  Document& doc = ctx.doc;
  std::unordered_map<std::string, std::size_t> speaker_of_id, asker_of_name;
  std::size_t guests = 0;
  for (std::size_t k = 0; k < doc.speakers.size(); ++k) {
    speaker_of_id[doc.speakers[k].id] = k;
    guests += doc.speakers[k].role == Role::kGuest;
  }
  auto speaker = [&](const Turn& t) -> Speaker* {
    auto it = speaker_of_id.find(t.speaker);
    return it == speaker_of_id.end() ? nullptr : &doc.speakers[it->second];
  };
  std::vector<bool> emptied(doc.speakers.size(), false);
  for (std::size_t t = 1; t < doc.turns.size(); ++t) {
    const Speaker* answerer = speaker(doc.turns[t]);
    if (answerer == nullptr || answerer->role != Role::kGuest) continue;
    std::string_view name;
    for (std::int64_t p : doc.turns[t].paragraphs) {
      const Paragraph& para = doc.paragraphs[static_cast<std::size_t>(p)];
      name = addressed_name(std::string_view(ctx.text).substr(static_cast<std::size_t>(para.start),
                                                              static_cast<std::size_t>(para.end - para.start)));
      if (!name.empty()) break;
    }
    Speaker* asker = name.empty() ? nullptr : speaker(doc.turns[t - 1]);
    if (asker == nullptr || !anonymous_asker(*asker) || !adjacent(doc.turns[t - 1], doc.turns[t])) continue;
    if (guests == 1) {  // one guest, one anonymous asker: the name is the asker's
      asker->name = std::string(name);
      continue;
    }
    auto [it, added] = asker_of_name.emplace(std::string(name), doc.speakers.size());
    if (added) {
      Speaker s;
      s.id = "S" + std::to_string(doc.speakers.size() + 1);
      s.role = Role::kInterviewer;
      s.name = std::string(name);
      doc.speakers.push_back(std::move(s));
      speaker_of_id[doc.speakers.back().id] = doc.speakers.size() - 1;
      answerer = speaker(doc.turns[t]);  // the vector may have moved
    }
    const std::string named_id = doc.speakers[it->second].id;
    const std::string answerer_id = answerer->id;
    // Back over the exchanges the same speaker answered: question, answer, question, answer.
    std::size_t q = t - 1;
    for (int exchanges = 0; exchanges < kMaxExchanges; ++exchanges) {
      Speaker* s = speaker(doc.turns[q]);
      if (s == nullptr || !anonymous_asker(*s)) break;
      emptied[speaker_of_id[s->id]] = true;
      doc.turns[q].speaker = named_id;
      for (std::int64_t p : doc.turns[q].paragraphs) doc.paragraphs[static_cast<std::size_t>(p)].speaker = named_id;
      if (q < 2 || doc.turns[q - 1].speaker != answerer_id || !adjacent(doc.turns[q - 1], doc.turns[q]) ||
          !adjacent(doc.turns[q - 2], doc.turns[q - 1]))
        break;
      q -= 2;
    }
  }
  // An anonymous asker all of whose turns went to named askers speaks no more.
  std::unordered_set<std::string> speaks;
  for (const Paragraph& p : doc.paragraphs)
    if (!p.speaker.empty()) speaks.insert(p.speaker);
  std::vector<Speaker> kept;
  for (std::size_t k = 0; k < doc.speakers.size(); ++k)
    if (k >= emptied.size() || !emptied[k] || speaks.count(doc.speakers[k].id)) kept.push_back(std::move(doc.speakers[k]));
  doc.speakers = std::move(kept);
}

}  // namespace parley::detail

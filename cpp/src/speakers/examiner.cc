#include "speakers/examiner.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "turns/labels.h"

namespace parley::detail {

namespace {

// The words that open a heading naming the examiner (lowercase, the examiner follows).
constexpr std::string_view kExaminerCues[] = {"questions from ",        "questions by ",   "further questions from ",
                                              "examination by ",        "examined by ",    "questioned by ",
                                              "cross-examination by ",  "re-examination by ", "questioning by "};
// Small words of a role name that a label leaves out ("Counsel to the Panel" -> "Counsel Panel:").
constexpr std::string_view kLinkWords[] = {"to", "the", "of", "for", "and"};

constexpr std::size_t kMaxHeadingBytes = 120;
// Examinations read per document: each is matched against every speaker, so a bound keeps the step
// linear (a hearing has a handful).
constexpr std::size_t kMaxExaminations = 32;

bool link_word(std::string_view w) {
  for (std::string_view l : kLinkWords)
    if (w == l) return true;
  return false;
}

// The words of a normalised key ("counsel to the panel" -> counsel, to, the, panel).
std::vector<std::string_view> words_of(std::string_view key) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < key.size()) {
    std::size_t j = key.find(' ', i);
    if (j == std::string_view::npos) j = key.size();
    if (j > i) out.push_back(key.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// The examiner's words of a heading ("counsel to the panel"), or empty when it names none.
std::string examiner_of(std::string_view heading) {
  if (heading.size() > kMaxHeadingBytes) return {};
  std::string key = turns::normalize_label(heading);
  for (std::string_view cue : kExaminerCues)
    if (key.starts_with(cue) && key.size() > cue.size()) return key.substr(cue.size());
  return {};
}

// Whether every word of a label other than the small ones is a word of the examiner's name, and
// there is at least one.
bool label_of(std::string_view label, const std::unordered_set<std::string_view>& examiner) {
  std::string key = turns::normalize_label(label);
  std::size_t content = 0;
  for (std::string_view w : words_of(key)) {
    if (link_word(w)) continue;
    if (!examiner.count(w)) return false;
    ++content;
  }
  return content > 0;
}

struct Examination {
  std::string examiner;    // the heading's words after the cue
  std::string speaker_id;  // the first labelled speaker after the heading
  std::string witness_id;  // the first other speaker after the examiner (the one examined), or empty
};

// Each examiner heading with the first labelled speaker after it and the witness who answers.
std::vector<Examination> examinations(const Context& ctx,
                                      const std::unordered_map<std::string, std::size_t>& speaker_of_id) {
  const Document& doc = ctx.doc;
  std::vector<Examination> out;
  std::string pending;
  bool want_witness = false;
  for (const Paragraph& p : doc.paragraphs) {
    if (p.kind == ParagraphKind::kHeading) {
      pending = examiner_of(ctx.text.substr(static_cast<std::size_t>(p.start),
                                            static_cast<std::size_t>(p.end - p.start)));
      continue;
    }
    if (want_witness && !p.speaker.empty() && p.speaker != out.back().speaker_id) {
      out.back().witness_id = p.speaker;
      want_witness = false;
    }
    if (pending.empty() || p.speaker.empty() || out.size() == kMaxExaminations) continue;
    auto it = speaker_of_id.find(p.speaker);
    if (it != speaker_of_id.end() && !doc.speakers[it->second].labels.empty() &&
        turns::role_word(doc.speakers[it->second].name) == turns::RoleWord::kNone) {
      out.push_back({pending, p.speaker, {}});
      want_witness = true;
    }
    pending.clear();
  }
  return out;
}

// The speaker asks: interviewer side, its paragraphs questions; the turns after its own reply to it.
void make_asker(Document& doc, Speaker& s) {
  if (s.role == Role::kInterviewer) return;
  s.role = Role::kInterviewer;
  for (Paragraph& p : doc.paragraphs)
    if (p.speaker == s.id && p.kind == ParagraphKind::kAnswer) p.kind = ParagraphKind::kQuestion;
  for (std::size_t k = 0; k < doc.turns.size(); ++k) {
    Turn& t = doc.turns[k];
    if (t.speaker == s.id) {
      t.reply_to = -1;
      if (k + 1 < doc.turns.size() && doc.turns[k + 1].speaker != s.id && doc.turns[k + 1].reply_to < 0)
        doc.turns[k + 1].reply_to = static_cast<std::int64_t>(k);
    }
  }
}

}  // namespace

void name_examiners(Context& ctx) {
  Document& doc = ctx.doc;
  if (doc.speakers.empty()) return;
  std::unordered_map<std::string, std::size_t> speaker_of_id;
  for (std::size_t k = 0; k < doc.speakers.size(); ++k) speaker_of_id[doc.speakers[k].id] = k;
  std::vector<Examination> found = examinations(ctx, speaker_of_id);
  if (found.empty()) return;
  std::unordered_map<std::string, std::string> merged_into;  // speaker id -> examiner's speaker id
  for (const Examination& x : found) {
    Speaker& examiner = doc.speakers[speaker_of_id.at(x.speaker_id)];
    make_asker(doc, examiner);
    std::vector<std::string_view> words = words_of(x.examiner);
    std::unordered_set<std::string_view> examiner_words(words.begin(), words.end());
    for (Speaker& s : doc.speakers) {
      if (s.id == examiner.id || merged_into.count(s.id) || s.labels.empty()) continue;
      bool all = true;
      for (const std::string& l : s.labels) all = all && label_of(l, examiner_words);
      if (!all) continue;
      merged_into[s.id] = examiner.id;
      for (const std::string& l : s.labels) examiner.labels.push_back(l);
    }
  }
  // In a hearing everyone but the witnesses asks: the chair, counsel, the panel's members.
  std::unordered_set<std::string> witnesses;
  for (const Examination& x : found)
    if (!x.witness_id.empty() && !merged_into.count(x.witness_id)) witnesses.insert(x.witness_id);
  if (!witnesses.empty())
    for (Speaker& s : doc.speakers)
      if (!witnesses.count(s.id) && !merged_into.count(s.id) && !s.labels.empty()) make_asker(doc, s);
  if (merged_into.empty()) return;
  for (Paragraph& p : doc.paragraphs) {
    auto it = merged_into.find(p.speaker);
    if (it == merged_into.end()) continue;
    p.speaker = it->second;
    if (p.kind == ParagraphKind::kAnswer) p.kind = ParagraphKind::kQuestion;
  }
  for (Turn& t : doc.turns) {
    auto it = merged_into.find(t.speaker);
    if (it != merged_into.end()) t.speaker = it->second;
  }
  std::vector<Speaker> kept;
  for (Speaker& s : doc.speakers)
    if (!merged_into.count(s.id)) kept.push_back(std::move(s));
  doc.speakers = std::move(kept);
}

}  // namespace parley::detail

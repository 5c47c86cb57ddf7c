// Speaker markers and labels for the turns stage (internal).
//
// A paragraph may open with a speaker marker: a dash ("— ", "– ", "- ", "--"),
// a label and a colon ("Vladimir Putin:", "KENNY MALONE, HOST:", "«СП»:",
// "MALONE:Hello"), a name of two to four words in capitals and a full stop ("CHAIR HALLOWAY. Good
// afternoon."), or the short forms "Q." / "A.". These functions only read
// the shape of one paragraph; whether a label really names a speaker is
// decided in turns.cc from evidence across the document.
#ifndef PARLEY_SRC_TURNS_LABELS_H_
#define PARLEY_SRC_TURNS_LABELS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace parley::detail::turns {

enum class MarkerType { kNone, kDash, kLabel };

struct MarkerShape {
  MarkerType type = MarkerType::kNone;
  std::size_t length = 0;   // bytes of the paragraph the marker covers, spaces after it included
  std::string_view label;   // kLabel: as written, without colon and enclosing quotes ("KENNY MALONE, HOST")
  std::string_view name;    // the label without its role suffix ("KENNY MALONE")
  std::string_view suffix;  // the role suffix after a comma ("HOST"), or empty
  bool short_form = false;  // "Q." / "A." rather than "Q:" / "A:"
  bool body_empty = false;  // nothing follows the marker ("NICK FOUNTAIN, HOST:" on its own line)
  bool period_form = false;  // "CHAIR HALLOWAY. Good afternoon." (capitals and a full stop, no colon)
};

// The marker shape that opens `paragraph` (trimmed text). Reads at most a
// bounded prefix of the paragraph (plus a run of dashes), so it is O(1) per
// paragraph in practice and never worse than linear.
MarkerShape detect_marker(std::string_view paragraph);

// How a label is written.
enum class LabelCase {
  kOther,     // lowercase start, or words that are not a name ("Trump wrote on")
  kAllCaps,   // "MR PRICE", "SP", "СП"
  kNameLike,  // every word capitalised or a connector: "Vladimir Putin", "China Daily", "President of Russia X"
  kSentence,  // first word capitalised, the rest lowercase: "Standing firm", "Human cost"
};
LabelCase label_case(std::string_view name);

// Generic role words used as the whole label.
enum class RoleWord {
  kNone,
  kQuestion,     // "Q", "Question", "Response", "Вопрос": the interviewer side, anonymous
                 // ("Follow-up" is the interviewer side too: see is_follow_up)
  kAnswer,       // "A", "Answer", "Ответ": the guest side, anonymous
  kInterviewer,  // "Interviewer", "Host", "Correspondent", "Moderator", "Audience member", ...
  kGuest,        // "Guest", "Interviewee", "Respondent", "Expert"
};
RoleWord role_word(std::string_view name);
// A role word numbered as a placeholder for one of several people: "Q1", "Q 2", "Question 3",
// "Reporter #4" -> the role word's class; kNone for anything else (a bare role word included).
RoleWord numbered_role_word(std::string_view name);
// The outlet a journalist's label names, or empty: "Q (Kompas)", "Question from Kompas", "Kompas
// reporter", "Reporter from Kompas" -> "Kompas" (at a briefing each outlet asks as a speaker of its own).
std::string_view asking_outlet(std::string_view label);
// "Follow-up:": the previous asker asks again.
bool is_follow_up(std::string_view name);
// A role suffix after a comma: "HOST", "CO-HOST", "BYLINE", "ANCHOR" -> kInterviewer; "GUEST" -> kGuest.
RoleWord suffix_role(std::string_view suffix);

// Labels that open notes and furniture, never a speaker: "Note", "Music",
// "Update", "Photo", "Related", "Editor's note", "Why it matters", ...
bool is_non_speaker_label(std::string_view name);
// The subset that marks a note or site furniture rather than prose ("Note", "Music", "Photo"):
// such a paragraph is neither a turn nor the end of one.
bool is_furniture_label(std::string_view name);

// The matching key of a label: lowercase words joined by one space, with
// punctuation at word edges dropped ("MR. PRICE" -> "mr price", "(SP)" -> "sp").
std::string normalize_label(std::string_view name);
// The key without a leading honorific ("mr price" -> "price"), or the key itself.
std::string_view strip_honorific(std::string_view key);
// A display form: ALL CAPS names of several words become capitalised ("KENNY MALONE" -> "Kenny Malone");
// one word stays as written ("TASS", "MALONE").
std::string display_name(std::string_view name);

// Strips enclosing quote marks and the spaces inside them: «СП» -> СП.
std::string_view strip_quotes(std::string_view s);

// Lowercase UTF-8 copy (Latin, Greek, Cyrillic).
std::string lowercase(std::string_view s);

}  // namespace parley::detail::turns

#endif  // PARLEY_SRC_TURNS_LABELS_H_

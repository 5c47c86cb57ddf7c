// parley/document.h - the Document model: what parley returns for one article.
//
// Every span carries `start`/`end` as code-point offsets into Document::text
// (the index a Python `str` uses), half-open. Byte offsets never leave the core:
// Document::slice() turns a code-point range back into the UTF-8 bytes.
#ifndef PARLEY_DOCUMENT_H_
#define PARLEY_DOCUMENT_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

// What a paragraph is in the article's anatomy.
enum class ParagraphKind {
  kTitle,       // the headline
  kSubtitle,    // the dek under the headline
  kByline,      // "Author: X", "By X and Y"
  kGuest,       // "Commentary Guest:", "Interviewee: X" and the name line after it
  kDateline,    // "March 7, 2013, 21:30, Vologda"
  kClutter,     // site furniture: "Scroll down for video", "Subscribe ...", credits
  kCaption,     // "Standing firm: Prime Minister David Cameron poses ..."
  kNarrative,   // the article's own prose
  kQuestion,    // an interview turn that asks (interviewer side)
  kAnswer,      // an interview turn that answers (guest side)
  kStage,       // stage directions: "(SOUNDBITE OF MUSIC)", "(LAUGHTER)"
  kSeparator,   // "* * *", "---"
  kSource,      // "Original Source: URL"
  kDisclaimer,  // "Disclaimer: ..."
  kHeading,     // a section heading inside the body: "What comes next", "'No recession this year': Acme Bank"
};

enum class Role { kInterviewer, kGuest };

// Entity labels: spaCy's OntoNotes set plus URL.
enum class Label {
  kPerson, kNorp, kFac, kOrg, kGpe, kLoc, kProduct, kEvent, kWorkOfArt, kLaw,
  kLanguage, kDate, kTime, kPercent, kMoney, kQuantity, kOrdinal, kCardinal, kUrl,
};

std::string_view to_string(ParagraphKind kind);
std::string_view to_string(Role role);
std::string_view to_string(Label label);
// The inverse conversions; return std::nullopt for an unknown name.
std::optional<ParagraphKind> paragraph_kind_from_string(std::string_view name);
std::optional<Role> role_from_string(std::string_view name);
std::optional<Label> label_from_string(std::string_view name);

struct Guest {
  std::string name;
  std::string description;
  bool operator==(const Guest&) const = default;
};

struct Meta {
  std::string title;
  std::string subtitle;
  std::vector<std::string> authors;
  std::vector<Guest> guests;
  std::string source_url;
  std::string disclaimer;
  std::string published;  // ISO 8601 date or date-time ("2013-03-22"), from a web page's metadata
  std::string site;       // the site's own name ("President of Russia"), from a web page's metadata
  // Where each non-empty field came from: field name -> "text" (read in Document::text) or
  // "page" (a web page's metadata, not in the text).
  std::map<std::string, std::string> provenance;
  bool operator==(const Meta&) const = default;
};

// Records provenance `source` for every non-empty field of `meta` that has none yet.
void mark_provenance(Meta& meta, std::string_view source);

struct Paragraph {
  std::int64_t start = 0;
  std::int64_t end = 0;
  ParagraphKind kind = ParagraphKind::kNarrative;
  std::string speaker;  // a Speaker::id, or empty for narration and furniture
  bool operator==(const Paragraph&) const = default;
};

struct Speaker {
  std::string id;                   // "S1", "S2", ...
  Role role = Role::kGuest;
  std::string name;                 // best full name seen ("Vladimir Putin"), or the label
  std::vector<std::string> labels;  // every prefix form seen ("Vladimir Putin", "President of Russia Vladimir Putin")
  std::string description;          // for guests: from the header or the intro sentence
  bool operator==(const Speaker&) const = default;
};

struct Turn {
  std::string speaker;               // a Speaker::id
  std::vector<std::int64_t> paragraphs;  // indices into Document::paragraphs
  std::int64_t start = 0;
  std::int64_t end = 0;
  std::int64_t reply_to = -1;        // index of the question turn this answers, or -1
  bool operator==(const Turn&) const = default;
};

enum class QuoteKind { kQuotation, kScare };
std::string_view to_string(QuoteKind kind);
std::optional<QuoteKind> quote_kind_from_string(std::string_view name);

struct Quote {
  std::int64_t start = 0;  // the quoted words, without the marks
  std::int64_t end = 0;
  QuoteKind kind = QuoteKind::kQuotation;
  std::string speaker;       // an Entity::id or a Speaker::id; empty when unknown
  std::string speaker_text;  // the surface that names the speaker ("Trump", "He")
  std::int64_t speaker_start = -1;  // where speaker_text stands, or -1
  std::int64_t speaker_end = -1;
  std::string cue;      // reporting verb or phrase ("said", "according to")
  std::string channel;  // "Truth Social", "CBS", or empty
  bool closed = true;   // false when the closing mark was missing
  bool operator==(const Quote&) const = default;
};

struct Mention {
  std::int64_t start = 0;
  std::int64_t end = 0;
  bool operator==(const Mention&) const = default;
};

struct Entity {
  std::string id;  // "E1", "E2", ...
  Label label = Label::kPerson;
  std::string name;  // canonical: the longest proper mention
  std::vector<Mention> mentions;  // in text order
  // Free-form facts: "titles" (roles seen with a person), "value" (normalised
  // date, time or number), "aliases", ... Every value is a list of strings.
  std::map<std::string, std::vector<std::string>> attributes;
  bool operator==(const Entity&) const = default;
};

// Something the analysis noticed but tolerated (an unmatched quote mark, ...).
struct Warning {
  std::int64_t start = 0;
  std::int64_t end = 0;
  std::string code;     // "unmatched_quote", ...
  std::string message;
  bool operator==(const Warning&) const = default;
};

class Document {
 public:
  Document() = default;
  // Takes well-formed UTF-8 (checked by the Analyzer, not here).
  explicit Document(std::string text);

  const std::string& text() const noexcept { return text_; }
  // Number of code points in text().
  std::int64_t size() const noexcept { return length_; }
  // The UTF-8 bytes of code points [start, end), clamped to the text.
  std::string_view slice(std::int64_t start, std::int64_t end) const;
  // Byte offset of code point `cp` (0 <= cp <= size()).
  std::size_t byte_offset(std::int64_t cp) const;

  Meta meta;
  std::vector<Paragraph> paragraphs;
  std::vector<Speaker> speakers;
  std::vector<Turn> turns;
  std::vector<Quote> quotes;
  std::vector<Entity> entities;
  std::vector<Warning> warnings;

  // JSON with "schema": "parley.document/1"; from_json(to_json()) == *this.
  std::string to_json(int indent = -1) const;
  static Document from_json(std::string_view json);

  bool operator==(const Document& other) const;

 private:
  void build_index();
  std::string text_;
  std::int64_t length_ = 0;
  // Byte offset of every kStride-th code point: slice() is O(kStride).
  static constexpr std::int64_t kStride = 64;
  std::vector<std::size_t> index_;
};

inline constexpr std::string_view kSchema = "parley.document/1";

}  // namespace parley

#endif  // PARLEY_DOCUMENT_H_

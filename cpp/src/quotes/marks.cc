#include "quotes/marks.h"

#include <algorithm>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/lexicon.h"
#include "text/utf8.h"

namespace parley::detail::quotes {
namespace {

enum class Type { kStraight, kOpener, kCloser };

struct MarkInfo {
  bool is_mark = false;
  bool single = false;
  Type type = Type::kStraight;
};

MarkInfo classify(char32_t c) {
  switch (c) {
    case U'"': return {true, false, Type::kStraight};
    case U'\'': return {true, true, Type::kStraight};
    case 0x201C: case 0x201E: case 0x201F: case 0xAB: case 0x300C: return {true, false, Type::kOpener};
    case 0x201D: case 0xBB: case 0x300D: return {true, false, Type::kCloser};
    case 0x2018: case 0x201A: case 0x201B: case 0x2039: case 0x300E: return {true, true, Type::kOpener};
    case 0x2019: case 0x203A: case 0x300F: return {true, true, Type::kCloser};
    default: return {};
  }
}

// Bytes that may start a quotation mark: " ' and the lead bytes of « » (C2), the curly and
// low-9 quotes (E2) and the CJK brackets (E3).
inline bool is_mark_lead(unsigned char b) { return b == '"' || b == '\'' || b == 0xC2 || b == 0xE2 || b == 0xE3; }

// The first byte at or after i (before e) that may start a mark, or e. Sixteen bytes at a time
// where SSE2 is there: most of a text holds no mark.
std::uint32_t next_mark_lead(std::string_view text, std::uint32_t i, std::uint32_t e) {
#if defined(__SSE2__)
  const __m128i q2 = _mm_set1_epi8('"'), q1 = _mm_set1_epi8('\''), c2 = _mm_set1_epi8(static_cast<char>(0xC2)),
                e2 = _mm_set1_epi8(static_cast<char>(0xE2)), e3 = _mm_set1_epi8(static_cast<char>(0xE3));
  while (i + 16 <= e) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, q2), _mm_cmpeq_epi8(v, q1)),
                               _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, c2), _mm_cmpeq_epi8(v, e2)),
                                            _mm_cmpeq_epi8(v, e3)));
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
    if (mask != 0) return i + static_cast<std::uint32_t>(__builtin_ctz(mask));
    i += 16;
  }
#endif
  while (i < e && !is_mark_lead(static_cast<unsigned char>(text[i]))) ++i;
  return i;
}

bool is_apostrophe_char(char32_t c) { return c == U'\'' || c == 0x2019 || c == 0x2018; }
bool is_alnum(char32_t c) { return is_letter(c) || is_digit(c); }
bool is_quote_char(char32_t c) { return classify(c).is_mark; }

// Punctuation that may stand right after a closing mark.
bool is_trailing_punct(char32_t c) {
  return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' ||
         c == '}' || c == 0x2026 || is_dash(c) || is_quote_char(c) || c == '>' || c == '/';
}

// Punctuation that may stand right before an opening mark.
bool is_leading_punct(char32_t c) {
  return c == '(' || c == '[' || c == '{' || c == '<' || is_dash(c) || is_quote_char(c) || c == '/' ||
         c == ':' || c == ',' || c == ';';
}

// Words that start with an elided letter: 'em, 'tis, 'n', 'cause ...
bool is_elision(std::string_view text, std::size_t i, std::size_t end) {
  if (i >= end) return false;
  unsigned char c0 = static_cast<unsigned char>(text[i]);
  if (c0 >= '0' && c0 <= '9') {  // '80s, '08, '90
    std::size_t j = i;
    while (j < end && text[j] >= '0' && text[j] <= '9') ++j;
    return j - i == 2;
  }
  std::size_t j = i;
  while (j < end && j - i < 8 && ((text[j] >= 'a' && text[j] <= 'z') || (text[j] >= 'A' && text[j] <= 'Z'))) ++j;
  if (j - i == 0 || j - i >= 8) return false;
  // The word must end there (not followed by another letter).
  if (j < end) {
    int l;
    char32_t after = decode(text, j, &l);
    if (is_letter(after)) return false;
  }
  std::string w;
  for (std::size_t k = i; k < j; ++k) w += static_cast<char>(text[k] | 0x20);
  static constexpr std::array<std::string_view, 14> kWords = {
      "n", "em", "tis", "twas", "til", "cause", "cos", "bout", "round", "nuff", "ere", "er", "ow", "un"};
  if (std::find(kWords.begin(), kWords.end(), w) == kWords.end()) return false;
  if (w == "n") {  // rock 'n' roll: the n must be followed by an apostrophe
    if (j >= end) return false;
    int l;
    return is_apostrophe_char(decode(text, j, &l));
  }
  return true;
}

struct Mark {
  std::uint32_t pos = 0;
  std::uint8_t len = 0;
  bool single = false;
  Type type = Type::kStraight;
  bool can_open = false;
  bool can_close = false;
  bool possessive_like = false;  // students’ union: a closer only when no later closer exists
  bool misplaced_closer = false;  // `..., "the ministry said`: closes a quote carried from an earlier paragraph
};

struct Open {
  std::uint32_t pos;
  std::uint8_t len;
  bool single;
  std::uint32_t para;
  int out_index;  // index in the output once pushed
};

constexpr std::size_t kMaxProblems = 50;

class Pairer {
 public:
  Pairer(std::string_view text, const std::vector<ByteRange>& paras, std::vector<QuoteSpan>* quotes,
         std::vector<MarkProblem>* problems, std::vector<std::uint32_t>* orphans)
      : text_(text), paras_(paras), quotes_(quotes), problems_(problems), orphans_(orphans) {}

  void run() {
    for (std::uint32_t p = 0; p < paras_.size(); ++p) {
      collect(p);
      bool continued = false;
      if (!stack_.empty()) {
        // Carried from the previous paragraph: continue when this one opens with a same-family mark;
        // a double quote also runs on over paragraphs without marks (at most kMaxCarry) to one whose
        // first mark can only close it.
        bool runs_on = !stack_[0].single && stack_.size() == 1 && carried_ < kMaxCarry;
        if (runs_on && narration_after_opening_mark(p)) {
          ++carried_;
          carried_close_ = true;
        } else if (!marks_.empty() && marks_[0].pos == first_char_ && marks_[0].can_open &&
                   marks_[0].single == stack_[0].single && carried_ == 0) {
          // A quotation of several paragraphs reopens each one (English usage). After paragraphs
          // without marks (machine translation, a sentence a line), an opening mark starts a new
          // quotation, and the unclosed one ends with the last paragraph that held its marks.
          continued = true;
        } else if (runs_on && marks_.empty()) {
          ++carried_;
          continue;  // nothing to pair here; last_para_end_ stays the end of the quote's last paragraph
        } else if (runs_on && ((!marks_[0].single && marks_[0].can_close && !marks_[0].can_open) ||
                               marks_[0].misplaced_closer || (marks_[0].single && marks_[0].can_open))) {
          ++carried_;  // its closing mark, or a single-quoted phrase inside it: the quote goes on
          carried_close_ = marks_[0].misplaced_closer;
        } else {
          close_unclosed(open_last_para_);
        }
      }
      pair(p, continued);
      carried_close_ = false;
      if (stack_.empty()) carried_ = 0;
      // At the paragraph end: inner marks are unmatched; the outer one may continue.
      while (stack_.size() > 1) {
        problem(stack_.back().pos, stack_.back().len, "opening quotation mark never closed");
        drop(stack_.back());
        stack_.pop_back();
      }
      last_para_end_ = trim_end(paras_[p].start, paras_[p].end);
      open_last_para_ = p;
    }
    if (!stack_.empty()) close_unclosed(open_last_para_);
    // Quotes were appended when they opened: already sorted by opening mark. Remove dropped ones.
    std::size_t w = 0;
    std::vector<int> remap(quotes_->size(), -1);
    for (std::size_t r = 0; r < quotes_->size(); ++r) {
      if ((*quotes_)[r].open_len == 0) continue;
      remap[r] = static_cast<int>(w);
      (*quotes_)[w++] = (*quotes_)[r];
    }
    quotes_->resize(w);
    for (auto& q : *quotes_) {
      while (q.parent >= 0 && remap[q.parent] < 0) q.parent = -1;  // parent dropped: becomes top-level
      if (q.parent >= 0) q.parent = remap[q.parent];
    }
    for (auto& q : *quotes_) q.depth = q.parent < 0 ? 0 : (*quotes_)[q.parent].depth + 1;
    if (dropped_problems_ > 0)
      problems_->push_back({0, 0, std::to_string(dropped_problems_) + " more unmatched quotation marks not listed"});
  }

 private:
  std::uint32_t trim_end(std::uint32_t start, std::uint32_t end) const {
    while (end > start) {
      int l;
      char32_t c = decode_before(text_, end, &l);
      if (!is_space(c)) break;
      end -= l;
    }
    return end;
  }

  void problem(std::uint32_t pos, std::uint32_t len, std::string msg) {
    if (problems_->size() >= kMaxProblems) {
      ++dropped_problems_;
      return;
    }
    problems_->push_back({pos, pos + len, std::move(msg)});
  }

  // A double closing mark with no opening one: reported, and listed for the stage to recover the
  // quote whose opening mark was lost.
  void orphan(const Mark& m) {
    problem(m.pos, m.len, "closing quotation mark without an opening one");
    orphans_->push_back(m.pos);
  }

  void drop(const Open& o) { (*quotes_)[o.out_index].open_len = 0; }

  void close_unclosed(std::uint32_t last_para) {
    // The outer quote of the previous paragraph never closed: it stops at that paragraph's end.
    Open& o = stack_[0];
    problem(o.pos, o.len, "opening quotation mark never closed");
    QuoteSpan& q = (*quotes_)[o.out_index];
    q.close = std::max<std::uint32_t>(last_para_end_, o.pos + o.len);
    q.close_len = 0;
    q.closed = false;
    q.last_para = last_para;
    stack_.clear();
  }

  // Chinese news closes a quotation of several sentences after the last one's full stop (。”), and a
  // translation segmented by sentence puts that mark at the start of the next line: `"Ann Li, an
  // expert on trade, said that ...`. A straight double mark opening the paragraph closes the quote
  // carried into it when the words after it, in their sentence, hold a reporting verb ("said",
  // "pointed out"): narration, not the start of a new quotation.
  bool narration_after_opening_mark(std::uint32_t p) const {
    if (marks_.empty() || marks_[0].single || marks_[0].type != Type::kStraight || marks_[0].pos != first_char_)
      return false;
    std::uint32_t i = marks_[0].pos + marks_[0].len, e = std::min<std::uint32_t>(paras_[p].end, i + 400);
    std::uint32_t next_mark = marks_.size() > 1 ? marks_[1].pos : e;
    while (i < e && i < next_mark) {
      char c = text_[i];
      if (c == '.' || c == '?' || c == '!') return false;
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        ++i;
        continue;
      }
      std::uint32_t w = i;
      while (i < e && ((text_[i] >= 'a' && text_[i] <= 'z') || (text_[i] >= 'A' && text_[i] <= 'Z'))) ++i;
      if (text_[w] >= 'a' && (lexicon::classes_as_written(text_.substr(w, i - w)) & lexicon::kReporting)) return true;
    }
    return false;
  }

  // `... no casualties, "the ministry said`, `... for me, "- said X`: machine translation moves the space
  // before a straight closing mark. After a comma or a sentence's end and a space, a straight double mark
  // followed by a lower-case letter or a dash may close; it does when it is the first mark of a paragraph
  // that a double quote opened earlier runs on into (a list of quoted phrases, `"a", "b"`, opens each).
  bool misplaced_closer(std::uint32_t b, std::uint32_t i, int len, std::uint32_t e, char32_t prev, int pl,
                        char32_t next) const {
    if (prev != U' ' || i < b + 2 || i + len >= e) return false;
    int l;
    char32_t before = decode_before(text_, i - pl, &l);
    if (!(before == U',' || before == U'.' || before == U'?' || before == U'!' || before == 0x2026)) return false;
    return (next >= U'a' && next <= U'z') || next == U'-' || next == 0x2013 || next == 0x2014;
  }

  void collect(std::uint32_t p) {
    marks_.clear();
    std::uint32_t b = paras_[p].start, e = paras_[p].end;
    first_char_ = b;
    while (first_char_ < e) {
      int l;
      char32_t c = decode(text_, first_char_, &l);
      if (!is_space(c)) break;
      first_char_ += l;
    }
    for (std::uint32_t i = b; i < e;) {
      i = next_mark_lead(text_, i, e);
      if (i >= e) break;
      int len;
      char32_t c = decode(text_, i, &len);
      MarkInfo info = classify(c);
      if (!info.is_mark) {
        i += len;
        continue;
      }
      char32_t prev = 0, next = 0;
      int pl = 0, nl = 0;
      if (i > b) prev = decode_before(text_, i, &pl);
      if (i + len < e) next = decode(text_, i + len, &nl);
      bool prev_space = i == b || is_space(prev);
      bool next_space = i + len >= e || is_space(next);
      Mark m;
      m.pos = i;
      m.len = static_cast<std::uint8_t>(len);
      m.single = info.single;
      m.type = info.type;
      bool apostrophe_like = c == U'\'' || c == 0x2019 || c == 0x2018;
      if (apostrophe_like && is_alnum(prev) && is_letter(next)) {  // don't, Trump's, O'Brien
        i += len;
        continue;
      }
      if (apostrophe_like && (prev_space || is_leading_punct(prev)) && is_elision(text_, i + len, e)) {
        i += len;
        if (next == 'n' || next == 'N') i += 1 + (text_[i + 1] == '\'' ? 1 : 3);  // rock 'n' roll: both marks
        continue;
      }
      m.can_open = !next_space && !(next == ',' || next == ';' || next == ':' || next == ')' || next == ']' ||
                                    next == '!' || next == '?') &&
                   (prev_space || is_leading_punct(prev) || (!is_alnum(prev) && prev != '.' && prev != ','));
      m.can_close = !prev_space && (next_space || is_trailing_punct(next));
      if (!info.single && info.type == Type::kStraight && prev_space && i + len >= trim_end(b, e)) {
        m.can_close = true;  // `... keeping warm. "` at the paragraph end: a straight mark there only closes
        m.can_open = false;
      }
      m.misplaced_closer = !info.single && info.type == Type::kStraight && misplaced_closer(b, i, len, e, prev, pl, next);
      if (info.single && m.can_close && (prev == 's' || prev == 'S') && next == ' ' && i + len + 1 < e) {
        int l2;
        char32_t after = decode(text_, i + len + 1, &l2);
        m.possessive_like = is_lower(after);
      }
      marks_.push_back(m);
      i += len;
    }
    // For possessive-like marks: is there a later single-family closer in the paragraph?
    later_single_close_.assign(marks_.size(), false);
    bool seen = false;
    for (std::size_t k = marks_.size(); k-- > 0;) {
      later_single_close_[k] = seen;
      if (marks_[k].single && marks_[k].can_close && !marks_[k].possessive_like) seen = true;
    }
  }

  int find_open(bool single) const {
    for (int k = static_cast<int>(stack_.size()) - 1; k >= 0; --k)
      if (stack_[k].single == single) return k;
    return -1;
  }

  void close_at(int k, const Mark& m, std::uint32_t p) {
    while (static_cast<int>(stack_.size()) - 1 > k) {
      problem(stack_.back().pos, stack_.back().len, "opening quotation mark never closed");
      drop(stack_.back());
      stack_.pop_back();
    }
    Open o = stack_.back();
    stack_.pop_back();
    QuoteSpan& q = (*quotes_)[o.out_index];
    q.close = m.pos;
    q.close_len = m.len;
    q.closed = true;
    q.last_para = p;
    if (m.pos <= o.pos + o.len) q.open_len = 0;  // empty quote "": not a quotation
  }

  void open(const Mark& m, std::uint32_t p) {
    if (stack_.size() >= static_cast<std::size_t>(kMaxDepth)) return;  // too deep: not a mark
    QuoteSpan q;
    q.open = m.pos;
    q.open_len = m.len;
    q.first_para = q.last_para = p;
    q.single = m.single;
    q.parent = stack_.empty() ? -1 : stack_.back().out_index;
    q.depth = static_cast<int>(stack_.size());
    quotes_->push_back(q);
    stack_.push_back({m.pos, m.len, m.single, p, static_cast<int>(quotes_->size() - 1)});
  }

  void pair(std::uint32_t p, bool continued) {
    for (std::size_t k = continued ? 1 : 0; k < marks_.size(); ++k) {
      const Mark& m = marks_[k];
      int at = find_open(m.single);
      bool possessive = m.possessive_like && later_single_close_[k];
      switch (m.type) {
        case Type::kStraight:
          if ((m.can_close || (k == 0 && carried_close_)) && at >= 0 && !possessive) {
            close_at(at, m, p);
          } else if (m.can_open) {
            open(m, p);
          } else if (m.can_close && !m.single) {
            orphan(m);
          }
          break;
        case Type::kOpener:
          if (m.can_close && !m.can_open && at >= 0) {
            close_at(at, m, p);  // „…“ and ‚…‘
          } else if (m.can_open || !m.can_close) {
            open(m, p);
          } else if (!m.single) {
            problem(m.pos, m.len, "closing quotation mark without an opening one");
          }
          break;
        case Type::kCloser:
          if (at >= 0 && (m.can_close || !m.can_open) && !possessive) {
            close_at(at, m, p);
          } else if (m.can_open && !m.can_close) {
            open(m, p);  // ”…” (Swedish, Finnish) and reversed ”…“
          } else if (!m.single) {
            orphan(m);
          }
          break;
      }
    }
  }

  std::string_view text_;
  const std::vector<ByteRange>& paras_;
  std::vector<QuoteSpan>* quotes_;
  std::vector<MarkProblem>* problems_;
  std::vector<std::uint32_t>* orphans_;
  std::vector<Mark> marks_;
  std::vector<bool> later_single_close_;
  std::vector<Open> stack_;
  std::uint32_t first_char_ = 0;
  std::uint32_t last_para_end_ = 0;
  std::uint32_t open_last_para_ = 0;  // the last paragraph with marks (where a run-on quote stops)
  int carried_ = 0;                   // paragraphs without marks the open quote has run on over
  bool carried_close_ = false;        // this paragraph's first mark closes the quote carried into it
  std::size_t dropped_problems_ = 0;
};

}  // namespace

void pair_marks(std::string_view text, const std::vector<ByteRange>& paragraphs, std::vector<QuoteSpan>* quotes,
                std::vector<MarkProblem>* problems, std::vector<std::uint32_t>* orphans) {
  Pairer(text, paragraphs, quotes, problems, orphans).run();
}

}  // namespace parley::detail::quotes

#include "parley/document.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <utility>

#include "text/utf8.h"

namespace parley {
namespace {

template <typename E, std::size_t N>
std::optional<E> find_name(const std::array<std::string_view, N>& names, std::string_view name) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == name) return static_cast<E>(i);
  return std::nullopt;
}

// Names in enum order.
constexpr std::array<std::string_view, 15> kKindNames = {
    "title",  "subtitle", "byline",   "guest", "dateline",  "clutter", "caption",
    "narrative", "question", "answer", "stage", "separator", "source", "disclaimer", "heading"};
constexpr std::array<std::string_view, 2> kRoleNames = {"interviewer", "guest"};
constexpr std::array<std::string_view, 19> kLabelNames = {
    "PERSON", "NORP",  "FAC",      "ORG",  "GPE",     "LOC",     "PRODUCT",  "EVENT",    "WORK_OF_ART", "LAW",
    "LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "URL"};
constexpr std::array<std::string_view, 2> kQuoteKindNames = {"quotation", "scare"};

// The byte offset `count` code points after byte offset i (a code point's start).
std::size_t advance(std::string_view text, std::size_t i, std::int64_t count) {
  const std::size_t n = text.size();
  for (; count > 0; --count) {
    ++i;
    while (i < n && detail::is_continuation(static_cast<unsigned char>(text[i]))) ++i;
  }
  return i;
}

}  // namespace

std::string_view to_string(ParagraphKind kind) { return kKindNames[static_cast<std::size_t>(kind)]; }
std::string_view to_string(Role role) { return kRoleNames[static_cast<std::size_t>(role)]; }
std::string_view to_string(Label label) { return kLabelNames[static_cast<std::size_t>(label)]; }
std::string_view to_string(QuoteKind kind) { return kQuoteKindNames[static_cast<std::size_t>(kind)]; }
std::optional<ParagraphKind> paragraph_kind_from_string(std::string_view n) { return find_name<ParagraphKind>(kKindNames, n); }
std::optional<Role> role_from_string(std::string_view n) { return find_name<Role>(kRoleNames, n); }
std::optional<Label> label_from_string(std::string_view n) { return find_name<Label>(kLabelNames, n); }
std::optional<QuoteKind> quote_kind_from_string(std::string_view n) { return find_name<QuoteKind>(kQuoteKindNames, n); }

Document::Document(std::string text) : text_(std::move(text)) { build_index(); }

void Document::build_index() {
  index_.clear();
  index_.reserve(text_.size() / kStride + 2);
  const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
  const std::size_t n = text_.size();
  std::int64_t cp = 0;
  std::size_t i = 0;
  // Eight bytes at a time while no indexed code point starts among them.
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    const int starts = 8 - detail::continuation_bytes(w);
    const std::int64_t r = cp % kStride;
    if (r != 0 && r + starts <= kStride) {
      cp += starts;
      continue;
    }
    if ((w & 0x8080808080808080ULL) == 0) {  // ASCII: the indexed one is at a known byte
      index_.push_back(i + static_cast<std::size_t>((kStride - r) % kStride));
      cp += 8;
      continue;
    }
    for (std::size_t k = i; k < i + 8; ++k) {
      if (detail::is_continuation(p[k])) continue;
      if (cp % kStride == 0) index_.push_back(k);
      ++cp;
    }
  }
  for (; i < n; ++i) {
    if (detail::is_continuation(p[i])) continue;
    if (cp % kStride == 0) index_.push_back(i);
    ++cp;
  }
  length_ = cp;
}

std::size_t Document::byte_offset(std::int64_t cp) const {
  if (cp <= 0) return 0;
  if (cp >= length_) return text_.size();
  const auto block = static_cast<std::size_t>(cp / kStride);
  const std::size_t i = index_[block];
  // A block of ASCII text holds as many bytes as code points: no scan.
  const std::size_t next = block + 1 < index_.size() ? index_[block + 1] : text_.size();
  const std::int64_t in_block = std::min<std::int64_t>(kStride, length_ - static_cast<std::int64_t>(block) * kStride);
  if (next - i == static_cast<std::size_t>(in_block)) return i + static_cast<std::size_t>(cp % kStride);
  return advance(text_, i, cp % kStride);
}

std::string_view Document::slice(std::int64_t start, std::int64_t end) const {
  start = std::clamp<std::int64_t>(start, 0, length_);
  end = std::clamp<std::int64_t>(end, start, length_);
  std::size_t b = byte_offset(start);
  // A short span is walked from its start rather than from its block's start
  // (from start 0 too would skip continuation bytes that open a malformed text).
  std::size_t e = start > 0 && end - start < end % kStride ? advance(text_, b, end - start) : byte_offset(end);
  return std::string_view(text_).substr(b, e - b);
}

bool Document::operator==(const Document& o) const {
  return text_ == o.text_ && meta == o.meta && paragraphs == o.paragraphs && speakers == o.speakers &&
         turns == o.turns && quotes == o.quotes && entities == o.entities && warnings == o.warnings;
}

void mark_provenance(Meta& meta, std::string_view source) {
  const std::pair<const char*, bool> fields[] = {
      {"title", !meta.title.empty()},         {"subtitle", !meta.subtitle.empty()},
      {"authors", !meta.authors.empty()},     {"guests", !meta.guests.empty()},
      {"source_url", !meta.source_url.empty()}, {"disclaimer", !meta.disclaimer.empty()},
      {"published", !meta.published.empty()}, {"site", !meta.site.empty()}};
  for (const auto& [name, filled] : fields)
    if (filled) meta.provenance.try_emplace(name, source);
}

}  // namespace parley

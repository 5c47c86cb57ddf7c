#include "pipeline.h"

#include <cstdint>

#include "text/utf8.h"

namespace parley::detail {

const std::vector<Token>& Context::tokens() {
  if (!tokenized_) {
    std::vector<ByteRange> ranges;
    ranges.reserve(doc.paragraphs.size());
    for (const auto& p : doc.paragraphs)
      ranges.push_back({static_cast<std::uint32_t>(p.start), static_cast<std::uint32_t>(p.end)});
    tokens_ = tokenize(text, ranges);
    tokenized_ = true;
  }
  return tokens_;
}

namespace {

// byte offset -> code-point offset in O(1) amortised per lookup: the code-point
// count at every 64-byte block boundary, then a scan inside the block.
class ByteToCodePoint {
 public:
  explicit ByteToCodePoint(std::string_view text) : text_(text) {
    blocks_.reserve(text.size() / 64 + 2);
    std::int64_t count = 0;
    for (std::size_t b = 0; b < text.size(); b += 64) {
      blocks_.push_back(count);
      std::size_t e = std::min(text.size(), b + 64);
      for (std::size_t i = b; i < e; ++i) count += !is_continuation(static_cast<unsigned char>(text[i]));
    }
    blocks_.push_back(count);
  }
  std::int64_t operator()(std::int64_t byte) const {
    if (byte <= 0) return 0;
    std::size_t b = std::min<std::size_t>(static_cast<std::size_t>(byte), text_.size());
    std::size_t block = b / 64;
    std::int64_t count = blocks_[block];
    for (std::size_t i = block * 64; i < b; ++i) count += !is_continuation(static_cast<unsigned char>(text_[i]));
    return count;
  }

 private:
  std::string_view text_;
  std::vector<std::int64_t> blocks_;
};

}  // namespace

void finalize(Context& ctx) {
  ByteToCodePoint cp(ctx.text);
  Document& d = ctx.doc;
  auto fix = [&](std::int64_t& start, std::int64_t& end) {
    start = cp(start);
    end = cp(end);
  };
  for (auto& p : d.paragraphs) fix(p.start, p.end);
  for (auto& t : d.turns) fix(t.start, t.end);
  for (auto& q : d.quotes) {
    fix(q.start, q.end);
    if (q.speaker_start >= 0) fix(q.speaker_start, q.speaker_end);
  }
  for (auto& e : d.entities)
    for (auto& m : e.mentions) fix(m.start, m.end);
  for (auto& w : d.warnings) fix(w.start, w.end);
}

}  // namespace parley::detail

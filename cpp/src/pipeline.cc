#include "pipeline.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

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

// Continuation bytes among the n bytes at p, as an offset.
std::int64_t continuations(const unsigned char* p, std::size_t n) {
  return static_cast<std::int64_t>(count_continuations(p, n));
}

// byte offset -> code-point offset in O(1) per lookup: the code-point count at
// every 64-byte block boundary, then a count inside the block (none in a block
// without continuation bytes: ASCII text).
class ByteToCodePoint {
 public:
  explicit ByteToCodePoint(std::string_view text)
      : text_(reinterpret_cast<const unsigned char*>(text.data())), size_(text.size()) {
    blocks_.reserve(size_ / kBlock + 2);
    std::int64_t count = 0;
    std::size_t b = 0;
    for (; b + kBlock <= size_; b += kBlock) {
      blocks_.push_back(count);
      count += static_cast<std::int64_t>(kBlock) - continuations(text_ + b, kBlock);
    }
    if (b < size_) {
      blocks_.push_back(count);
      count += static_cast<std::int64_t>(size_ - b) - continuations(text_ + b, size_ - b);
    }
    blocks_.push_back(count);
  }
  std::int64_t operator()(std::int64_t byte) const {
    if (byte <= 0) return 0;
    std::size_t b = std::min<std::size_t>(static_cast<std::size_t>(byte), size_);
    std::size_t block = b / kBlock;
    std::size_t in_block = b - block * kBlock;
    std::int64_t count = blocks_[block];
    if (in_block == 0) return count;
    std::size_t block_bytes = std::min(kBlock, size_ - block * kBlock);
    if (blocks_[block + 1] - count == static_cast<std::int64_t>(block_bytes))  // no continuation byte
      return count + static_cast<std::int64_t>(in_block);
    return count + static_cast<std::int64_t>(in_block) - continuations(text_ + block * kBlock, in_block);
  }

 private:
  static constexpr std::size_t kBlock = 64;
  const unsigned char* text_;
  std::size_t size_;
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

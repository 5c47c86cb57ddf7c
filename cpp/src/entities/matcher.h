// A token trie over case-folded token hashes: gazetteer phrases and word classes
// matched in one left-to-right walk (internal).
#ifndef PARLEY_SRC_ENTITIES_MATCHER_H_
#define PARLEY_SRC_ENTITIES_MATCHER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parley/document.h"
#include "text/tokenizer.h"

namespace parley::detail {

// Case-folded hash of one token's text (ASCII, Latin-1, Greek, Cyrillic folded; ’ as ').
std::uint64_t fold_hash(std::string_view token);
// fold_hash(text.substr(b, e - b)), faster for short ASCII tokens that have 16 bytes of text after
// their start (it reads whole words and masks off what lies past the token).
std::uint64_t fold_hash_at(std::string_view text, std::size_t b, std::size_t e);

// Open-addressing hash map from a non-zero 64-bit key to a 32-bit value (power-of-two
// table, linear probing): the lookups of the hot loop do no division and no allocation.
// Key and value share one 16-byte slot, so a probe touches one cache line.
class FlatMap {
 public:
  // `expected` bounds the keys: the table starts at twice that, up to kMaxPresized slots, and grows with
  // what is inserted, so a map bounded by a long article's mentions holds only its distinct keys.
  explicit FlatMap(std::size_t expected = 16) { reset(expected); }
  void reset(std::size_t expected) {
    std::size_t cap = 16;
    while (cap < expected * 2 && cap < kMaxPresized) cap <<= 1;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    size_ = 0;
  }
  static std::uint64_t fix(std::uint64_t k) { return k ? k : 1; }
  std::size_t slot(std::uint64_t k) const { return static_cast<std::size_t>((k ^ (k >> 31)) * 0x9E3779B97F4A7C15ull >> 7) & mask_; }
  std::uint32_t* find_mut(std::uint64_t key) { return const_cast<std::uint32_t*>(find(key)); }
  const std::uint32_t* find(std::uint64_t key) const {
    key = fix(key);
    for (std::size_t i = slot(key);; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return &slots_[i].val;
      if (slots_[i].key == 0) return nullptr;
    }
  }
  // Inserts when absent; returns the value slot and whether it was inserted.
  std::pair<std::uint32_t*, bool> insert(std::uint64_t key, std::uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    key = fix(key);
    for (std::size_t i = slot(key);; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return {&slots_[i].val, false};
      if (slots_[i].key == 0) {
        slots_[i].key = key;
        slots_[i].val = value;
        ++size_;
        return {&slots_[i].val, true};
      }
    }
  }
  bool contains(std::uint64_t key) const { return find(key) != nullptr; }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t val = 0;
  };
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    size_ = 0;
    for (const Slot& sl : old)
      if (sl.key) insert(sl.key, sl.val);
  }
  static constexpr std::size_t kMaxPresized = 4096;  // 64 KB
  std::vector<Slot> slots_;
  std::size_t mask_ = 0, size_ = 0;
};

// A fixed set of words, asked by a token's fold_hash: "is this word one of the list?". Built once from a
// word list of the lexicon (entities/lexicon.h), e.g. `static const WordSet s(kCompassWords, kCompassWordCount);`.
class WordSet {
 public:
  WordSet(const char* const* words, std::size_t count) : map_(count) {
    for (std::size_t i = 0; i < count; ++i) map_.insert(fold_hash(words[i]), 1);
  }
  bool contains(std::uint64_t hash) const { return map_.contains(hash); }

 private:
  FlatMap map_;
};

struct GazEntry {
  Label label = Label::kOrg;
  std::string canonical;     // "" = the surface itself
  std::uint64_t canon_key = 0;  // name_key() of the canonical's tokens, 0 when none
  std::uint32_t ntok = 0;
  std::uint64_t upper = 0;   // bit k: token k starts uppercase
  std::uint64_t caps = 0;    // bit k: token k is all caps (acronyms must match as acronyms)
  bool case_sensitive = true;
  bool demonym = false;      // NORP adjective; canonical is its country
  std::int32_t next = -1;    // next entry ending at the same node
};

// The grouping key of a name: its tokens' folded hashes combined (case-insensitive).
inline std::uint64_t name_key_step(std::uint64_t x, std::uint64_t token_hash, std::uint32_t k) {
  return (x ^ token_hash) * 0x100000001B3ull + k;
}
inline constexpr std::uint64_t kNameKeySeed = 0x12345;
std::uint64_t name_key(std::string_view text);

class Matcher {
 public:
  // Adds a phrase; the text is tokenized like article text.
  void add_entry(std::string_view text, GazEntry e);
  // Adds word classes to the node a phrase ends at.
  void add_classes(std::string_view text, std::uint32_t classes, std::uint32_t value);

  static constexpr std::uint32_t kRoot = 0;
  // Child of `node` by the folded token hash, or UINT32_MAX.
  std::uint32_t child(std::uint32_t node, std::uint64_t h) const {
    if (node == UINT32_MAX || (node != kRoot && !nodes_[node].has_children)) return UINT32_MAX;
    // Most words start no phrase: a 32 KB bit set of the root's keys answers before the big table.
    if (node == kRoot && !((root_bits_[(h >> 6) & kRootMask] >> (h & 63)) & 1)) return UINT32_MAX;
    const std::uint32_t* v = edges_.find(node * 0x9E3779B97F4A7C15ull ^ h);
    return v ? *v : UINT32_MAX;
  }
  std::uint32_t classes(std::uint32_t node) const { return nodes_[node].classes; }
  std::uint32_t value(std::uint32_t node) const { return nodes_[node].value; }
  std::int32_t entries(std::uint32_t node) const { return nodes_[node].first; }
  const GazEntry& entry(std::int32_t i) const { return entries_[static_cast<std::size_t>(i)]; }

 private:
  struct Node {
    std::uint32_t classes = 0;
    std::uint32_t value = 0;
    std::int32_t first = -1;
    bool has_children = false;
  };
  std::uint32_t insert(std::string_view text, std::vector<Token>* toks);
  static constexpr std::size_t kRootWords = 4096, kRootMask = kRootWords - 1;  // 2^18 bits
  std::vector<std::uint64_t> root_bits_ = std::vector<std::uint64_t>(kRootWords, 0);
  std::vector<Node> nodes_{Node{}};
  std::vector<GazEntry> entries_;
  FlatMap edges_{8192};
};

}  // namespace parley::detail

#endif  // PARLEY_SRC_ENTITIES_MATCHER_H_

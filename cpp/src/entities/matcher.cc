#include "entities/matcher.h"

#include <cstring>

#include "text/utf8.h"

namespace parley::detail {

// Case-folded hash: the hash of the token's folded UTF-8 (ASCII and Unicode lower case, curly
// apostrophes as '), so "KREMLIN", "Kremlin" and "kremlin" -- and "People’s" and "People's" -- hash
// alike. Folded bytes are packed into 64-bit words and mixed a word at a time (one multiply per
// eight bytes instead of one per byte).
std::uint64_t fold_hash(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::uint64_t h = 0x243F6A8885A308D3ull, w = 0;
  unsigned shift = 0;
  std::uint64_t total = 0;
  auto put = [&](std::uint64_t b) {
    w |= b << shift;
    shift += 8;
    ++total;
    if (shift == 64) {
      h = (h ^ w) * 0x9E3779B97F4A7C15ull;
      h ^= h >> 29;
      w = 0;
      shift = 0;
    }
  };
  for (std::size_t i = 0; i < n;) {
    unsigned b = p[i];
    if (b < 0x80) {
      put(b - 'A' < 26u ? b + 32 : b);
      ++i;
      continue;
    }
    int len;
    char32_t c = decode(s, i, &len);
    if (c == 0x2019 || c == 0x2018) c = '\'';
    c = to_lower(c);
    if (c < 0x80) {
      put(c);
    } else if (c < 0x800) {
      put(0xC0 | (c >> 6));
      put(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      put(0xE0 | (c >> 12));
      put(0x80 | ((c >> 6) & 0x3F));
      put(0x80 | (c & 0x3F));
    } else {
      put(0xF0 | (c >> 18));
      put(0x80 | ((c >> 12) & 0x3F));
      put(0x80 | ((c >> 6) & 0x3F));
      put(0x80 | (c & 0x3F));
    }
    i += static_cast<std::size_t>(len > 0 ? len : 1);
  }
  h = (h ^ w ^ (total << 56)) * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 31);
}

std::uint64_t fold_hash_at(std::string_view text, std::size_t b, std::size_t e) {
  const std::size_t n = e - b;
  if (n == 0 || n > 16 || b + 16 > text.size()) return fold_hash(text.substr(b, n));
  // Two unaligned loads cover the token; bytes past its end are masked off.
  constexpr std::uint64_t kHigh = 0x8080808080808080ull, kOnes = 0x0101010101010101ull;
  std::uint64_t w0, w1;
  std::memcpy(&w0, text.data() + b, 8);
  std::memcpy(&w1, text.data() + b + 8, 8);
  const std::uint64_t m0 = n >= 8 ? ~0ull : (1ull << (8 * n)) - 1;
  const std::uint64_t m1 = n <= 8 ? 0 : n >= 16 ? ~0ull : (1ull << (8 * (n - 8))) - 1;
  w0 &= m0;
  w1 &= m1;
  if ((w0 | w1) & kHigh) return fold_hash(text.substr(b, n));  // not ASCII
  auto lower8 = [](std::uint64_t w) {
    std::uint64_t ge_a = w + kOnes * (0x80 - 'A');      // high bit: byte >= 'A'
    std::uint64_t gt_z = w + kOnes * (0x80 - 'Z' - 1);  // high bit: byte > 'Z'
    return w | (((ge_a & ~gt_z) & kHigh) >> 2);
  };
  w0 = lower8(w0);
  w1 = lower8(w1);
  std::uint64_t h = 0x243F6A8885A308D3ull, last = w0;
  auto mix = [&](std::uint64_t w) {
    h = (h ^ w) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 29;
  };
  if (n >= 8) {
    mix(w0);
    last = w1;
    if (n == 16) {
      mix(w1);
      last = 0;
    }
  }
  h = (h ^ last ^ (static_cast<std::uint64_t>(n) << 56)) * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 31);
}

std::uint64_t name_key(std::string_view text) {
  auto toks = tokenize(text, {ByteRange{0, static_cast<std::uint32_t>(text.size())}});
  std::uint64_t x = kNameKeySeed;
  for (std::uint32_t k = 0; k < toks.size(); ++k)
    x = name_key_step(x, fold_hash(text.substr(toks[k].start, toks[k].end - toks[k].start)), k);
  return x;
}

std::uint32_t Matcher::insert(std::string_view text, std::vector<Token>* toks) {
  *toks = tokenize(text, {ByteRange{0, static_cast<std::uint32_t>(text.size())}});
  std::uint32_t node = kRoot;
  for (const Token& t : *toks) {
    const std::uint64_t h = fold_hash(text.substr(t.start, t.end - t.start));
    if (node == kRoot) root_bits_[(h >> 6) & kRootMask] |= 1ull << (h & 63);
    std::uint64_t key = node * 0x9E3779B97F4A7C15ull ^ h;
    auto [slot, inserted] = edges_.insert(key, static_cast<std::uint32_t>(nodes_.size()));
    if (inserted) {
      nodes_[node].has_children = true;
      nodes_.push_back(Node{});
    }
    node = *slot;
  }
  return node;
}

void Matcher::add_entry(std::string_view text, GazEntry e) {
  std::vector<Token> toks;
  std::uint32_t node = insert(text, &toks);
  if (toks.empty() || toks.size() > 60) return;
  e.ntok = static_cast<std::uint32_t>(toks.size());
  if (!e.canonical.empty()) e.canon_key = name_key(e.canonical);
  for (std::size_t k = 0; k < toks.size(); ++k) {
    if (toks[k].has(kUpperInitial)) e.upper |= 1ull << k;
    if (toks[k].has(kAllCaps)) e.caps |= 1ull << k;
  }
  e.next = nodes_[node].first;
  entries_.push_back(std::move(e));
  nodes_[node].first = static_cast<std::int32_t>(entries_.size() - 1);
}

void Matcher::add_classes(std::string_view text, std::uint32_t classes, std::uint32_t value) {
  std::vector<Token> toks;
  std::uint32_t node = insert(text, &toks);
  nodes_[node].classes |= classes;
  if (value) nodes_[node].value = value;
}

}  // namespace parley::detail

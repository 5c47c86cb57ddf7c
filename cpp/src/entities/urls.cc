// URLs: a byte scan per paragraph ("http://", "https://", "www."); the walk skips the tokens inside.
#include "entities/candidates.h"
#include "text/utf8.h"

namespace parley::detail {

void CandidateState::find_urls() {
  for (const auto& p : doc.paragraphs) {
    std::size_t pos = static_cast<std::size_t>(p.start), end = static_cast<std::size_t>(p.end);
    const std::string_view para = text.substr(0, end);  // searches stop at the paragraph's end
    while (pos < end) {
      std::size_t a = para.find("http", pos);
      std::size_t w = para.find("www.", pos);
      std::size_t s = std::min(a, w);
      if (s == std::string_view::npos || s >= end) break;
      bool ok = (s == a && (text.substr(s, 7) == "http://" || text.substr(s, 8) == "https://")) || s == w;
      int len = 0;
      if (!ok || (s > 0 && is_letter(decode_before(text, s, &len)))) {
        pos = s + 4;
        continue;
      }
      // Walk whole code points so a URL never ends inside a UTF-8 sequence
      // (a non-ASCII space such as U+00A0 ends it; other letters continue it).
      std::size_t e = s;
      while (e < end && text[e] != '"' && text[e] != '<' && text[e] != '>') {
        const char32_t c = decode(text, e, &len);
        if (is_space(c)) break;
        // Curly quotes, guillemets and CJK punctuation close the sentence, not the URL.
        if (c >= 0x80 && (is_open_quote(c) || is_close_quote(c) || (c >= 0x3000 && c <= 0x303F) ||
                          (c >= 0xFF00 && c <= 0xFF65)))
          break;
        e += static_cast<std::size_t>(len > 0 ? len : 1);
      }
      if (e > end) e = end;
      while (e > s && (text[e - 1] == '.' || text[e - 1] == ',' || text[e - 1] == ')' || text[e - 1] == ';' ||
                       text[e - 1] == ':' || text[e - 1] == '!' || text[e - 1] == '?'))
        --e;
      urls.emplace_back(static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(e));
      pos = e + 1;
    }
  }
}

}  // namespace parley::detail

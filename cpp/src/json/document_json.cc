// Document <-> JSON ("parley.document/1"). nlohmann/json stays inside this file.
#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "parley/document.h"
#include "parley/error.h"

namespace parley {
namespace {

using Json = nlohmann::ordered_json;

[[noreturn]] void bad(const std::string& what) {
  throw ParseError(ErrorCode::kInvalidJson, "invalid parley document JSON: " + what);
}

// nlohmann's parse_error message quotes the bytes last read, which may be a cut
// UTF-8 sequence: escape every non-ASCII byte so that the message is valid UTF-8
// (Python turns it into a str).
std::string ascii_message(std::string_view what) {
  static const char* const kHex = "0123456789ABCDEF";
  std::string out;
  out.reserve(what.size());
  for (unsigned char c : what) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string get_opt(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  return it->get<std::string>();
}

std::int64_t get_offset(const Json& j, const char* key, std::int64_t limit) {
  auto v = j.at(key).get<std::int64_t>();
  if (v < 0 || v > limit) bad(std::string(key) + " offset " + std::to_string(v) + " is outside the text");
  return v;
}

template <typename E, typename F>
E get_enum(const Json& j, const char* key, F from) {
  auto name = j.at(key).get<std::string>();
  auto e = from(name);
  if (!e) bad(std::string("unknown ") + key + " '" + name + "'");
  return *e;
}

// Writes JSON text straight into a std::string, byte for byte what
// nlohmann::ordered_json::dump(indent, ' ', false, strict) prints for the same
// tree: keys in insertion order, "{}" / "[]" for empty containers, "\": " and
// one element per line when indent >= 0, strings kept as UTF-8 with only '"',
// '\\' and control characters escaped (\b \t \n \f \r, else \u00xx), and
// nlohmann's own exception for a string that is not well-formed UTF-8.
class Writer {
 public:
  Writer(std::size_t estimate, int indent) : indent_(indent) {
    buf_.resize(std::max<std::size_t>(estimate, 64));
    p_ = buf_.data();
    end_ = p_ + buf_.size();
  }

  std::string finish() {
    buf_.resize(static_cast<std::size_t>(p_ - buf_.data()));
    return std::move(buf_);
  }

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // An object member's key (a literal that needs no escaping); a value follows.
  template <std::size_t N>
  void key(const char (&k)[N]) {
    element();
    need(N + 4);
    *p_++ = '"';
    std::memcpy(p_, k, N - 1);
    p_ += N - 1;
    key_end();
  }
  // A key from data (escaped).
  void key_escaped(std::string_view k) {
    element();
    string_body(k);
    need(4);
    key_end();
  }
  void value(std::string_view s) {
    element();
    string_body(s);
    need(1);
    *p_++ = '"';
  }
  void value(std::int64_t v) {
    element();
    need(24);
    p_ = std::to_chars(p_, p_ + 24, v).ptr;
  }
  void value(bool b) {
    element();
    if (b)
      put("true", 4);
    else
      put("false", 5);
  }
  void null() {
    element();
    put("null", 4);
  }
  // A string, or null when empty (the optional fields).
  void opt(std::string_view s) {
    if (s.empty())
      null();
    else
      value(s);
  }
  void strings(const std::vector<std::string>& v) {
    begin_array();
    for (const auto& s : v) value(s);
    end_array();
  }

 private:
  static constexpr int kMaxDepth = 8;  // the document nests 5 deep

  void need(std::size_t n) {
    if (static_cast<std::size_t>(end_ - p_) < n) grow(n);
  }
  void grow(std::size_t n) {
    std::size_t used = static_cast<std::size_t>(p_ - buf_.data());
    buf_.resize(std::max(buf_.size() * 2, used + n + 64));
    p_ = buf_.data() + used;
    end_ = buf_.data() + buf_.size();
  }
  void put(const char* s, std::size_t n) {
    need(n);
    std::memcpy(p_, s, n);
    p_ += n;
  }
  void key_end() {  // room for 4 bytes was made
    if (indent_ >= 0) {
      std::memcpy(p_, "\": ", 3);
      p_ += 3;
    } else {
      std::memcpy(p_, "\":", 2);
      p_ += 2;
    }
    after_key_ = true;
  }

  void open(char c) {
    element();
    need(1);
    *p_++ = c;
    count_[++depth_] = 0;
  }
  void close(char c) {
    if (count_[depth_] != 0 && indent_ >= 0) newline(depth_);
    need(1);
    *p_++ = c;
    --depth_;
  }
  // Separator and indentation before a value (none right after a key).
  void element() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ < 0) return;  // the root value
    if (count_[depth_]++ != 0) {
      need(1);
      *p_++ = ',';
    }
    if (indent_ >= 0) newline(depth_ + 1);
  }
  void newline(int depth) {
    std::size_t n = static_cast<std::size_t>(indent_) * static_cast<std::size_t>(depth);
    need(n + 1);
    *p_++ = '\n';
    std::memset(p_, ' ', n);
    p_ += n;
  }

  // '"' and the escaped contents of s, without the closing quote.
  void string_body(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    need(n + 1);
    *p_++ = '"';
    std::size_t run = 0;  // start of the bytes not yet copied
    std::size_t i = 0;
    while (i < n) {
      // Eight plain bytes at a time: no control character, '"', '\\' or non-ASCII.
      // With no byte >= 0x80, x - 0x0101.. sets a high bit first at the lowest
      // byte below the subtrahend (borrows only start there): exact for "any".
      constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
      while (i + 8 <= n) {
        std::uint64_t w;
        std::memcpy(&w, p + i, 8);
        if (w & kHigh) break;
        std::uint64_t special = (w - kOnes * 0x20) | ((w ^ (kOnes * '"')) - kOnes) | ((w ^ (kOnes * '\\')) - kOnes);
        if (special & kHigh) break;
        i += 8;
      }
      if (i >= n) break;
      unsigned char c = p[i];
      if (c >= 0x80) {
        std::size_t len = utf8_length(p + i, n - i);
        if (len == 0) invalid(s);
        i += len;
        continue;
      }
      if (c >= 0x20 && c != '"' && c != '\\') {
        ++i;
        continue;
      }
      // The bytes before, then the escape; the rest may grow by 5 per byte: re-check room.
      need((i - run) + 6 + (n - i));
      std::memcpy(p_, s.data() + run, i - run);
      p_ += i - run;
      *p_++ = '\\';
      switch (c) {
        case '"': *p_++ = '"'; break;
        case '\\': *p_++ = '\\'; break;
        case '\b': *p_++ = 'b'; break;
        case '\t': *p_++ = 't'; break;
        case '\n': *p_++ = 'n'; break;
        case '\f': *p_++ = 'f'; break;
        case '\r': *p_++ = 'r'; break;
        default: {
          static const char* const kHex = "0123456789abcdef";
          *p_++ = 'u';
          *p_++ = '0';
          *p_++ = '0';
          *p_++ = kHex[c >> 4];
          *p_++ = kHex[c & 15];
        }
      }
      run = ++i;
    }
    std::memcpy(p_, s.data() + run, n - run);  // fits: every need() above counted the rest
    p_ += n - run;
  }

  // Byte length of the well-formed UTF-8 sequence at p (non-ASCII lead byte),
  // or 0 when it is malformed (overlong, surrogate, above U+10FFFF, cut).
  static std::size_t utf8_length(const unsigned char* p, std::size_t avail) {
    unsigned char c = p[0];
    std::size_t len;
    char32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return 0;
    if (len > avail) return 0;
    for (std::size_t k = 1; k < len; ++k) {
      if ((p[k] & 0xC0) != 0x80) return 0;
      cp = (cp << 6) | (p[k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
      return 0;
    return len;
  }

  // Malformed UTF-8 in a string: throw exactly what nlohmann's strict dump throws.
  [[noreturn]] static void invalid(std::string_view s) {
    (void)Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::strict);
    throw std::logic_error("parley: malformed UTF-8 passed nlohmann's check");
  }

  std::string buf_;
  char* p_ = nullptr;
  char* end_ = nullptr;
  int indent_;
  int depth_ = -1;
  bool after_key_ = false;
  int count_[kMaxDepth] = {};
};

}  // namespace

namespace {

// The "meta" member of a document.
void write_meta(Writer& w, const Meta& meta) {
  w.key("meta");
  w.begin_object();
  w.key("title");
  w.value(meta.title);
  w.key("subtitle");
  w.value(meta.subtitle);
  w.key("authors");
  w.strings(meta.authors);
  w.key("guests");
  w.begin_array();
  for (const auto& g : meta.guests) {
    w.begin_object();
    w.key("name");
    w.value(g.name);
    w.key("description");
    w.value(g.description);
    w.end_object();
  }
  w.end_array();
  w.key("source_url");
  w.value(meta.source_url);
  w.key("disclaimer");
  w.value(meta.disclaimer);
  w.key("published");
  w.value(meta.published);
  w.key("site");
  w.value(meta.site);
  w.key("provenance");
  w.begin_object();
  for (const auto& [field, source] : meta.provenance) {
    w.key_escaped(field);
    w.value(source);
  }
  w.end_object();
  w.end_object();
}

// The "quotes" member of a document.
void write_quotes(Writer& w, const Document& doc) {
  w.key("quotes");
  w.begin_array();
  for (const auto& q : doc.quotes) {
    w.begin_object();
    w.key("start");
    w.value(q.start);
    w.key("end");
    w.value(q.end);
    w.key("text");
    w.value(doc.slice(q.start, q.end));
    w.key("kind");
    w.value(to_string(q.kind));
    w.key("speaker");
    w.opt(q.speaker);
    w.key("speaker_text");
    w.opt(q.speaker_text);
    w.key("speaker_start");
    if (q.speaker_start < 0)
      w.null();
    else
      w.value(q.speaker_start);
    w.key("speaker_end");
    if (q.speaker_start < 0)
      w.null();
    else
      w.value(q.speaker_end);
    w.key("cue");
    w.opt(q.cue);
    w.key("channel");
    w.opt(q.channel);
    w.key("closed");
    w.value(q.closed);
    w.end_object();
  }
  w.end_array();
}

}  // namespace

std::string Document::to_json(int indent) const {
  std::size_t spans = 0;
  for (const auto& e : entities) spans += 128 + e.mentions.size() * 64;
  Writer w(text_.size() + text_.size() / 16 + paragraphs.size() * 64 + turns.size() * 96 + quotes.size() * 384 +
               spans + 512,
           indent < 0 ? -1 : indent);
  w.begin_object();
  w.key("schema");
  w.value(kSchema);
  w.key("text");
  w.value(text_);
  write_meta(w, meta);

  w.key("paragraphs");
  w.begin_array();
  for (const auto& p : paragraphs) {
    w.begin_object();
    w.key("start");
    w.value(p.start);
    w.key("end");
    w.value(p.end);
    w.key("kind");
    w.value(to_string(p.kind));
    w.key("speaker");
    w.opt(p.speaker);
    w.end_object();
  }
  w.end_array();

  w.key("speakers");
  w.begin_array();
  for (const auto& s : speakers) {
    w.begin_object();
    w.key("id");
    w.value(s.id);
    w.key("role");
    w.value(to_string(s.role));
    w.key("name");
    w.value(s.name);
    w.key("labels");
    w.strings(s.labels);
    w.key("description");
    w.value(s.description);
    w.end_object();
  }
  w.end_array();

  w.key("turns");
  w.begin_array();
  for (const auto& t : turns) {
    w.begin_object();
    w.key("speaker");
    w.value(t.speaker);
    w.key("paragraphs");
    w.begin_array();
    for (std::int64_t p : t.paragraphs) w.value(p);
    w.end_array();
    w.key("start");
    w.value(t.start);
    w.key("end");
    w.value(t.end);
    w.key("reply_to");
    if (t.reply_to < 0)
      w.null();
    else
      w.value(t.reply_to);
    w.end_object();
  }
  w.end_array();

  write_quotes(w, *this);

  w.key("entities");
  w.begin_array();
  for (const auto& e : entities) {
    w.begin_object();
    w.key("id");
    w.value(e.id);
    w.key("label");
    w.value(to_string(e.label));
    w.key("name");
    w.value(e.name);
    w.key("mentions");
    w.begin_array();
    for (const auto& mn : e.mentions) {
      w.begin_object();
      w.key("start");
      w.value(mn.start);
      w.key("end");
      w.value(mn.end);
      w.key("text");
      w.value(slice(mn.start, mn.end));
      w.end_object();
    }
    w.end_array();
    w.key("attributes");
    w.begin_object();
    for (const auto& [k, v] : e.attributes) {
      w.key_escaped(k);
      w.strings(v);
    }
    w.end_object();
    w.end_object();
  }
  w.end_array();

  w.key("warnings");
  w.begin_array();
  for (const auto& x : warnings) {
    w.begin_object();
    w.key("start");
    w.value(x.start);
    w.key("end");
    w.value(x.end);
    w.key("code");
    w.value(x.code);
    w.key("message");
    w.value(x.message);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.finish();
}

Document Document::from_json(std::string_view text) {
  Json j;
  try {
    j = Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& e) {
    throw ParseError(ErrorCode::kInvalidJson, "invalid JSON: " + ascii_message(e.what()),
                     static_cast<std::int64_t>(e.byte));
  } catch (const Json::exception& e) {
    // Not a syntax error but still the input's fault: a number too large for a double
    // (out_of_range.406), found by the fuzz smoke run.
    throw ParseError(ErrorCode::kInvalidJson, "invalid JSON: " + ascii_message(e.what()));
  }
  try {
    if (!j.is_object()) bad("not an object");
    auto schema = j.at("schema").get<std::string>();
    if (schema != kSchema) bad("schema is '" + schema + "', expected '" + std::string(kSchema) + "'");
    Document d{j.at("text").get<std::string>()};
    const std::int64_t n = d.size();
    const Json& m = j.at("meta");
    d.meta.title = m.at("title").get<std::string>();
    d.meta.subtitle = m.at("subtitle").get<std::string>();
    d.meta.authors = m.at("authors").get<std::vector<std::string>>();
    for (const auto& g : m.at("guests"))
      d.meta.guests.push_back({g.at("name").get<std::string>(), g.at("description").get<std::string>()});
    d.meta.source_url = m.at("source_url").get<std::string>();
    d.meta.disclaimer = m.at("disclaimer").get<std::string>();
    // Added after the first documents were written: absent in those, so optional here.
    d.meta.published = m.value("published", std::string());
    d.meta.site = m.value("site", std::string());
    if (m.contains("provenance"))
      for (const auto& [field, source] : m.at("provenance").items()) d.meta.provenance[field] = source.get<std::string>();
    for (const auto& p : j.at("paragraphs"))
      d.paragraphs.push_back({get_offset(p, "start", n), get_offset(p, "end", n),
                              get_enum<ParagraphKind>(p, "kind", paragraph_kind_from_string), get_opt(p, "speaker")});
    for (const auto& s : j.at("speakers"))
      d.speakers.push_back({s.at("id").get<std::string>(), get_enum<Role>(s, "role", role_from_string),
                            s.at("name").get<std::string>(), s.at("labels").get<std::vector<std::string>>(),
                            get_opt(s, "description")});
    for (const auto& t : j.at("turns")) {
      Turn turn{t.at("speaker").get<std::string>(), t.at("paragraphs").get<std::vector<std::int64_t>>(),
                get_offset(t, "start", n), get_offset(t, "end", n), -1};
      if (t.contains("reply_to") && !t.at("reply_to").is_null()) turn.reply_to = t.at("reply_to").get<std::int64_t>();
      d.turns.push_back(std::move(turn));
    }
    for (const auto& q : j.at("quotes")) {
      Quote quote;
      quote.start = get_offset(q, "start", n);
      quote.end = get_offset(q, "end", n);
      quote.kind = get_enum<QuoteKind>(q, "kind", quote_kind_from_string);
      quote.speaker = get_opt(q, "speaker");
      quote.speaker_text = get_opt(q, "speaker_text");
      if (q.contains("speaker_start") && !q.at("speaker_start").is_null()) {
        quote.speaker_start = get_offset(q, "speaker_start", n);
        quote.speaker_end = get_offset(q, "speaker_end", n);
      }
      quote.cue = get_opt(q, "cue");
      quote.channel = get_opt(q, "channel");
      quote.closed = q.value("closed", true);
      d.quotes.push_back(std::move(quote));
    }
    for (const auto& e : j.at("entities")) {
      Entity ent;
      ent.id = e.at("id").get<std::string>();
      ent.label = get_enum<Label>(e, "label", label_from_string);
      ent.name = e.at("name").get<std::string>();
      for (const auto& mn : e.at("mentions")) ent.mentions.push_back({get_offset(mn, "start", n), get_offset(mn, "end", n)});
      for (const auto& [k, v] : e.at("attributes").items()) ent.attributes[k] = v.get<std::vector<std::string>>();
      d.entities.push_back(std::move(ent));
    }
    if (j.contains("warnings"))
      for (const auto& w : j.at("warnings"))
        d.warnings.push_back({get_offset(w, "start", n), get_offset(w, "end", n), w.at("code").get<std::string>(),
                              w.at("message").get<std::string>()});
    return d;
  } catch (const Json::exception& e) {
    bad(e.what());
  }
}

}  // namespace parley

// Document <-> JSON ("parley.document/1"). nlohmann/json stays inside this file.
#include <string>

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

Json opt(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

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

Json span_text(const Document& d, std::int64_t s, std::int64_t e) { return Json(std::string(d.slice(s, e))); }

}  // namespace

std::string Document::to_json(int indent) const {
  Json j;
  j["schema"] = kSchema;
  j["text"] = text_;
  Json m;
  m["title"] = meta.title;
  m["subtitle"] = meta.subtitle;
  m["authors"] = meta.authors;
  m["guests"] = Json::array();
  for (const auto& g : meta.guests) m["guests"].push_back({{"name", g.name}, {"description", g.description}});
  m["source_url"] = meta.source_url;
  m["disclaimer"] = meta.disclaimer;
  j["meta"] = std::move(m);

  Json& ps = j["paragraphs"] = Json::array();
  for (const auto& p : paragraphs)
    ps.push_back({{"start", p.start}, {"end", p.end}, {"kind", to_string(p.kind)}, {"speaker", opt(p.speaker)}});
  Json& ss = j["speakers"] = Json::array();
  for (const auto& s : speakers)
    ss.push_back({{"id", s.id}, {"role", to_string(s.role)}, {"name", s.name}, {"labels", s.labels},
                  {"description", s.description}});
  Json& ts = j["turns"] = Json::array();
  for (const auto& t : turns)
    ts.push_back({{"speaker", t.speaker}, {"paragraphs", t.paragraphs}, {"start", t.start}, {"end", t.end},
                  {"reply_to", t.reply_to < 0 ? Json(nullptr) : Json(t.reply_to)}});
  Json& qs = j["quotes"] = Json::array();
  for (const auto& q : quotes) {
    Json o{{"start", q.start}, {"end", q.end}, {"text", span_text(*this, q.start, q.end)},
           {"kind", to_string(q.kind)}, {"speaker", opt(q.speaker)}, {"speaker_text", opt(q.speaker_text)}};
    o["speaker_start"] = q.speaker_start < 0 ? Json(nullptr) : Json(q.speaker_start);
    o["speaker_end"] = q.speaker_start < 0 ? Json(nullptr) : Json(q.speaker_end);
    o["cue"] = opt(q.cue);
    o["channel"] = opt(q.channel);
    o["closed"] = q.closed;
    qs.push_back(std::move(o));
  }
  Json& es = j["entities"] = Json::array();
  for (const auto& e : entities) {
    Json ms = Json::array();
    for (const auto& mn : e.mentions)
      ms.push_back({{"start", mn.start}, {"end", mn.end}, {"text", span_text(*this, mn.start, mn.end)}});
    Json attrs = Json::object();
    for (const auto& [k, v] : e.attributes) attrs[k] = v;
    es.push_back({{"id", e.id}, {"label", to_string(e.label)}, {"name", e.name}, {"mentions", std::move(ms)},
                  {"attributes", std::move(attrs)}});
  }
  Json& ws = j["warnings"] = Json::array();
  for (const auto& w : warnings)
    ws.push_back({{"start", w.start}, {"end", w.end}, {"code", w.code}, {"message", w.message}});
  return j.dump(indent, ' ', false, Json::error_handler_t::strict);
}

Document Document::from_json(std::string_view text) {
  Json j;
  try {
    j = Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& e) {
    throw ParseError(ErrorCode::kInvalidJson, "invalid JSON: " + ascii_message(e.what()),
                     static_cast<std::int64_t>(e.byte));
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

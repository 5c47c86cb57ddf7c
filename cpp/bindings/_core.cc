// parley._core: the only pybind11 code. Conversions, classes, docstrings,
// exception translation and GIL release; no algorithm, default or validation
// (those live in C++ core or in python/parley).
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <string>
#include <string_view>

#include "parley/analyzer.h"
#include "parley/document.h"
#include "parley/error.h"

namespace py = pybind11;
using namespace parley;

namespace {

std::string_view view(const py::bytes& b) {
  char* data = nullptr;
  Py_ssize_t size = 0;
  if (PyBytes_AsStringAndSize(b.ptr(), &data, &size) != 0) throw py::error_already_set();
  return {data, static_cast<std::size_t>(size)};
}

template <typename E>
py::str enum_name(E e) { return py::str(std::string(to_string(e))); }

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() = "parley's compiled core. Use the public package `parley`, not this module.";

  // The exception classes are defined in Python (parley/errors.py) so that they
  // carry .position and .code as ordinary attributes; raise those.
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const Error& e) {
      py::object errors = py::module_::import("parley.errors");
      const char* name = dynamic_cast<const ParseError*>(&e) ? "ParseError" : "Error";
      py::object exc = errors.attr(name)(e.what(), e.position() >= 0 ? py::object(py::int_(e.position())) : py::object(py::none()),
                                        static_cast<int>(e.code()));
      PyErr_SetObject(py::type::handle_of(exc).ptr(), exc.ptr());
    }
  });

  py::class_<Guest>(m, "Guest")
      .def(py::init<>())
      .def_readwrite("name", &Guest::name)
      .def_readwrite("description", &Guest::description);

  py::class_<Meta>(m, "Meta")
      .def(py::init<>())
      .def_readwrite("title", &Meta::title)
      .def_readwrite("subtitle", &Meta::subtitle)
      .def_readwrite("authors", &Meta::authors)
      .def_readwrite("guests", &Meta::guests)
      .def_readwrite("source_url", &Meta::source_url)
      .def_readwrite("disclaimer", &Meta::disclaimer)
      .def_readwrite("published", &Meta::published)
      .def_readwrite("site", &Meta::site)
      .def_readwrite("provenance", &Meta::provenance);

  py::class_<Paragraph>(m, "Paragraph")
      .def(py::init<>())
      .def_readwrite("start", &Paragraph::start)
      .def_readwrite("end", &Paragraph::end)
      .def_property_readonly("kind", [](const Paragraph& p) { return enum_name(p.kind); })
      .def_readwrite("speaker", &Paragraph::speaker);

  py::class_<Speaker>(m, "Speaker")
      .def(py::init<>())
      .def_readwrite("id", &Speaker::id)
      .def_property_readonly("role", [](const Speaker& s) { return enum_name(s.role); })
      .def_readwrite("name", &Speaker::name)
      .def_readwrite("labels", &Speaker::labels)
      .def_readwrite("description", &Speaker::description);

  py::class_<Turn>(m, "Turn")
      .def(py::init<>())
      .def_readwrite("speaker", &Turn::speaker)
      .def_readwrite("paragraphs", &Turn::paragraphs)
      .def_readwrite("start", &Turn::start)
      .def_readwrite("end", &Turn::end)
      .def_readwrite("reply_to", &Turn::reply_to);

  py::class_<Quote>(m, "Quote")
      .def(py::init<>())
      .def_readwrite("start", &Quote::start)
      .def_readwrite("end", &Quote::end)
      .def_property_readonly("kind", [](const Quote& q) { return enum_name(q.kind); })
      .def_readwrite("speaker", &Quote::speaker)
      .def_readwrite("speaker_text", &Quote::speaker_text)
      .def_readwrite("speaker_start", &Quote::speaker_start)
      .def_readwrite("speaker_end", &Quote::speaker_end)
      .def_readwrite("cue", &Quote::cue)
      .def_readwrite("channel", &Quote::channel)
      .def_readwrite("closed", &Quote::closed);

  py::class_<Mention>(m, "Mention")
      .def(py::init<>())
      .def_readwrite("start", &Mention::start)
      .def_readwrite("end", &Mention::end);

  py::class_<Entity>(m, "Entity")
      .def(py::init<>())
      .def_readwrite("id", &Entity::id)
      .def_property_readonly("label", [](const Entity& e) { return enum_name(e.label); })
      .def_readwrite("name", &Entity::name)
      .def_readwrite("mentions", &Entity::mentions)
      .def_readwrite("attributes", &Entity::attributes);

  py::class_<Warning>(m, "Warning")
      .def(py::init<>())
      .def_readwrite("start", &Warning::start)
      .def_readwrite("end", &Warning::end)
      .def_readwrite("code", &Warning::code)
      .def_readwrite("message", &Warning::message);

  py::class_<Document>(m, "Document")
      .def(py::init<>())
      .def_property_readonly("text", [](const Document& d) { return py::str(d.text()); })
      .def("__len__", &Document::size)
      .def_readonly("meta", &Document::meta)
      .def_readonly("paragraphs", &Document::paragraphs)
      .def_readonly("speakers", &Document::speakers)
      .def_readonly("turns", &Document::turns)
      .def_readonly("quotes", &Document::quotes)
      .def_readonly("entities", &Document::entities)
      .def_readonly("warnings", &Document::warnings)
      .def("to_json", &Document::to_json, py::arg("indent") = -1,
           py::call_guard<py::gil_scoped_release>(), "The Document as JSON (schema parley.document/1).")
      .def_static(
          "from_json", [](const py::bytes& json) {
            std::string_view v = view(json);
            py::gil_scoped_release release;
            return Document::from_json(v);
          },
          py::arg("json"), "Reads a Document back from its UTF-8 JSON bytes.")
      .def("__eq__", &Document::operator==);

  py::class_<GazetteerEntry>(m, "GazetteerEntry")
      .def(py::init([](std::string text, const std::string& label, std::string name) {
             auto l = label_from_string(label);
             if (!l) throw Error(ErrorCode::kInvalidOption, "unknown entity label '" + label + "'");
             return GazetteerEntry{std::move(text), *l, std::move(name)};
           }),
           py::arg("text"), py::arg("label"), py::arg("name") = "");

  py::class_<Options>(m, "Options")
      .def(py::init<>())
      .def_readwrite("structure", &Options::structure)
      .def_readwrite("turns", &Options::turns)
      .def_readwrite("entities", &Options::entities)
      .def_readwrite("quotes", &Options::quotes)
      .def_readwrite("gazetteer", &Options::gazetteer)
      .def_readwrite("aliases", &Options::aliases)
      .def_readwrite("interviewer_labels", &Options::interviewer_labels)
      .def_readwrite("guest_labels", &Options::guest_labels)
      .def_readwrite("cue_verbs", &Options::cue_verbs);

  py::class_<Analyzer>(m, "Analyzer")
      .def(py::init<Options>(), py::arg("options"))
      .def(
          "analyze", [](const Analyzer& a, const py::bytes& utf8) {
            std::string_view v = view(utf8);
            py::gil_scoped_release release;
            return a.analyze(v);
          },
          py::arg("utf8"), "Analyses UTF-8 bytes; raises ParseError on malformed UTF-8.");

  m.attr("SCHEMA") = std::string(kSchema);
}

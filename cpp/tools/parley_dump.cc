// Developer tool: prints the Document JSON of a file (or stdin) - `parley_dump FILE [indent]`.
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <utility>

#include "parley/analyzer.h"
#include "parley/error.h"

namespace {

// The whole stream in one string (a file is read at its size: no second copy of the input).
std::string read_all(std::istream& in) {
  std::string out;
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size > 0) {
    out.resize(static_cast<std::size_t>(size));
    in.read(out.data(), size);
    out.resize(static_cast<std::size_t>(in.gcount()));
  } else {
    in.clear();
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string text;
  if (argc > 1 && std::string(argv[1]) != "-") {
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
      std::cerr << "parley_dump: cannot open " << argv[1] << "\n";
      return 1;
    }
    text = read_all(in);
  } else {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  try {
    const parley::Analyzer analyzer;
    std::cout << analyzer.analyze(std::move(text)).to_json(argc > 2 ? std::stoi(argv[2]) : 1) << "\n";
  } catch (const parley::Error& e) {
    std::cerr << "parley_dump: " << e.what() << "\n";
    return 1;
  }
}

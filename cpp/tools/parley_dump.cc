// Developer tool: prints the Document JSON of a file (or stdin) - `parley_dump FILE [indent]`.
#include <fstream>
#include <iostream>
#include <sstream>

#include "parley/analyzer.h"
#include "parley/error.h"

int main(int argc, char** argv) {
  std::stringstream buf;
  if (argc > 1 && std::string(argv[1]) != "-") {
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
      std::cerr << "parley_dump: cannot open " << argv[1] << "\n";
      return 1;
    }
    buf << in.rdbuf();
  } else {
    buf << std::cin.rdbuf();
  }
  try {
    std::cout << parley::analyze(buf.str()).to_json(argc > 2 ? std::stoi(argv[2]) : 1) << "\n";
  } catch (const parley::Error& e) {
    std::cerr << "parley_dump: " << e.what() << "\n";
    return 1;
  }
}

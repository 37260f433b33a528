// "Did you mean": bounded edit distances exact up to the bound, and the suggestions made.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/bank/suggest.h"

using namespace prepkit;

namespace {

// The full Levenshtein table, no bound.
int reference_distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<int>> d(a.size() + 1, std::vector<int>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
  }
  return d[a.size()][b.size()];
}

std::string random_name(std::mt19937& random) {
  std::uniform_int_distribution<int> length(0, 14);
  std::uniform_int_distribution<int> letter(0, 3);
  std::string name;
  for (int n = length(random); n > 0; --n) name += static_cast<char>("abc-"[letter(random)]);
  return name;
}

}  // namespace

TEST_CASE("edit_distance is exact up to its limit and limit + 1 past it", "[suggest]") {
  CHECK(edit_distance("", "", 2) == 0);
  CHECK(edit_distance("kitten", "sitting", 5) == 3);
  CHECK(edit_distance("kitten", "sitting", 3) == 3);
  CHECK(edit_distance("kitten", "sitting", 2) == 3);
  CHECK(edit_distance("kitten", "sitting", 1) == 2);
  CHECK(edit_distance("abc", "abcdef", 2) == 3);  // the lengths alone rule it out
  CHECK(edit_distance("abcdef", "", 6) == 6);
  CHECK(edit_distance("flaw", "lawn", 0) == 1);
  std::mt19937 random(4);
  for (int i = 0; i < 20000; ++i) {
    std::string a = random_name(random);
    std::string b = random_name(random);
    for (int limit : {0, 1, 2, 3, 5}) {
      INFO("'" << a << "' and '" << b << "', limit " << limit);
      REQUIRE(edit_distance(a, b, limit) == std::min(reference_distance(a, b), limit + 1));
    }
  }
}

TEST_CASE("near matches: nearest first, names containing the misspelt one, at most three", "[suggest]") {
  const std::vector<std::string> known = {"tell-me-about-yourself", "greatest-weakness", "greatest-strength",
                                          "why-this-company", "salary-expectations", "weakness"};
  CHECK(near_matches("greatest-weaknes", known) == std::vector<std::string>{"greatest-weakness"});
  CHECK(near_matches("weak", known) == std::vector<std::string>{"greatest-weakness", "weakness"});
  CHECK(near_matches("zzzzzzzz", known).empty());
  CHECK(near_matches("greatest", known, 1) == std::vector<std::string>{"greatest-strength"});
  CHECK(did_you_mean("why-this-compnay", known) == " (did you mean 'why-this-company'?)");
  CHECK(did_you_mean("ab", {"ab", "abc", "abcd", "x"}) == " (did you mean 'ab', 'abc' or 'abcd'?)");
  CHECK(did_you_mean("", {"a", "bcd"}) == " (did you mean 'a'?)");
  CHECK(did_you_mean("nothing-near", known).empty());
}

TEST_CASE("edit_distance on long names, past any small buffer", "[suggest]") {
  std::mt19937 random(5);
  std::uniform_int_distribution<int> length(55, 80);
  std::uniform_int_distribution<int> letter(0, 2);
  for (int i = 0; i < 300; ++i) {
    std::string a;
    for (int n = length(random); n > 0; --n) a += static_cast<char>("xyz"[letter(random)]);
    std::string b = a.substr(0, a.size() - static_cast<size_t>(i % 9));
    if (i % 2 == 1) b[b.size() / 2] = 'w';
    for (int limit : {0, 4, 10, 30}) {
      INFO("'" << a << "' and '" << b << "', limit " << limit);
      REQUIRE(edit_distance(a, b, limit) == std::min(reference_distance(a, b), limit + 1));
      REQUIRE(edit_distance(b, a, limit) == std::min(reference_distance(a, b), limit + 1));
    }
  }
}

TEST_CASE("near_matches agrees with full edit distances on generated names", "[suggest]") {
  std::mt19937 random(6);
  for (int i = 0; i < 2000; ++i) {
    std::vector<std::string> known(20);
    for (std::string& name : known) name = random_name(random);
    std::string name = random_name(random);
    int allowed = std::max<int>(2, static_cast<int>(name.size()) / 3);
    std::vector<std::pair<int, std::string>> scored;
    for (const std::string& candidate : known) {
      bool contains = name.size() >= 3 && candidate.find(name) != std::string::npos;
      int distance = reference_distance(name, candidate);
      if (distance <= allowed || contains) scored.emplace_back(contains ? 0 : distance, candidate);
    }
    std::sort(scored.begin(), scored.end());
    std::vector<std::string> expected;
    for (size_t k = 0; k < scored.size() && k < 3; ++k) expected.push_back(scored[k].second);
    INFO("name '" << name << "'");
    REQUIRE(near_matches(name, known) == expected);
  }
}

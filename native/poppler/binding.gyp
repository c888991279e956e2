{
  "targets": [
    {
      "target_name": "cpc_poppler",
      "sources": ["src/addon.cc"],
      "cflags_cc": ["-std=c++17", "-O2", "-ffp-contract=off", "<!@(pkg-config --cflags poppler)"],
      "cflags_cc!": ["-fno-exceptions"],
      "libraries": ["<!@(pkg-config --libs poppler)"],
      "defines": ["NAPI_VERSION=8"]
    }
  ]
}

'use strict';
// The addon node-gyp built at install; requiring this package fails when it was not built.
module.exports = require('./build/Release/cpc_poppler.node');

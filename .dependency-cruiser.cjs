// The layering of DESIGN.md: core ← config, script, media ← tts, timing ← render ← backends ← runner ← github, cli, server.
// Each rule forbids a layer from importing anything above it.
const layer = (name, allowed) => ({
  name: `${name}-layering`,
  comment: `src/${name} may import only ${allowed.join(', ')}`,
  severity: 'error',
  from: { path: `^src/${name}/` },
  to: { path: "^src/", pathNot: [name, ...allowed].map((a) => `^src/${a}/`) },
});
const base = ['core'];
const leaf = [...base, 'config', 'script', 'media'];
const mid = [...leaf, 'tts', 'timing'];
module.exports = {
  forbidden: [
    layer('core', base),
    layer('config', base),
    layer('script', base),
    layer('media', base),
    layer('tts', mid),
    layer('timing', mid),
    layer('render', [...mid, 'render']),
    layer('backends', [...mid, 'render', 'backends']),
    layer('runner', [...mid, 'render', 'backends', 'runner']),
    layer('server', [...mid, 'render', 'backends', 'runner', 'server']),
    layer('github', [...mid, 'render', 'backends', 'runner', 'github']),
    layer('cli', [...mid, 'render', 'backends', 'runner', 'server', 'cli']),
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(lib|dist|node_modules)/' },
  },
};

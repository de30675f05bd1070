// bottleneck ships types for its main entry only; the light build (no Redis) has the same API
// and is the one the Octokit throttling plugin uses, so the bundle carries a single copy.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}

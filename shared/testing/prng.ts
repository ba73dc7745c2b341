// The generator lives beside the simulation that uses it in the product.
export { seededRandom } from '../estimates/seeded-random';

/**
 * `build` wrapped so that it runs once for each key (an article's texts, its mention index) and hands back the same
 * result after. The passes that read a whole article ask again for each word, name or paragraph; reading the article
 * again each time made their time grow with the square of its length. Results are kept with their key (a WeakMap), so
 * they go when the article does. `build` must not return undefined.
 */
export function onceFor<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    const known = made.get(key);
    if (known !== undefined) return known;
    const value = build(key);
    made.set(key, value);
    return value;
  };
}

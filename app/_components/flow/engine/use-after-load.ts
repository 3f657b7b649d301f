'use client';
import { useEffect, useState } from 'react';

/** True once the window's load event has fired, so heavy work never competes with the first load. */
export function useAfterLoad(): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (document.readyState === 'complete') {
      const id = setTimeout(() => setLoaded(true), 0);
      return () => clearTimeout(id);
    }
    const onLoad = () => setLoaded(true);
    window.addEventListener('load', onLoad, { once: true });
    return () => window.removeEventListener('load', onLoad);
  }, []);
  return loaded;
}

import { useEffect } from 'react';
import { useViewStore } from '../store/viewStore.ts';

/** A short message: at the pointer for a refused drop, else at the bottom of the canvas. */
export function Notice() {
  const notice = useViewStore((s) => s.notice);
  useEffect(() => {
    if (!notice) return;
    const h = setTimeout(() => useViewStore.getState().dismissNotice(), notice.tone === 'error' ? 5000 : 3500);
    return () => clearTimeout(h);
  }, [notice]);
  if (!notice) return null;
  const style = notice.at ? { left: notice.at.x + 12, top: notice.at.y + 12, position: 'fixed' as const } : undefined;
  return (
    <div
      className={`vt-notice vt-notice--${notice.tone}${notice.at ? ' vt-notice--at' : ''}`}
      style={style}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      {notice.text}
    </div>
  );
}

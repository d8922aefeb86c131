/** Storage for the simulator: typed arrays that grow, so a long run allocates almost nothing. */

const grow = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
  const b = make(a.length * 2);
  b.set(a);
  return b;
};

/** Connection ids with a double-ended idle list: release at the back; LIFO takes the back, FIFO the front. */
export class IdleDeque {
  private ids = new Int32Array(16);
  private head = 0;
  size = 0;

  push(id: number): void {
    if (this.size === this.ids.length) {
      const b = new Int32Array(this.ids.length * 2);
      for (let i = 0; i < this.size; i++) b[i] = this.ids[(this.head + i) % this.ids.length] ?? 0;
      this.ids = b;
      this.head = 0;
    }
    this.ids[(this.head + this.size) % this.ids.length] = id;
    this.size += 1;
  }

  /** Most recently released (LIFO). Caller checks `size` first. */
  popBack(): number {
    this.size -= 1;
    return this.ids[(this.head + this.size) % this.ids.length] ?? -1;
  }

  /** Least recently released (FIFO). Caller checks `size` first. */
  popFront(): number {
    const id = this.ids[this.head] ?? -1;
    this.head = (this.head + 1) % this.ids.length;
    this.size -= 1;
    return id;
  }
}

/** Busy connections by the time their response is read: a binary min-heap. */
export class BusyHeap {
  private keys = new Float64Array(16);
  private ids = new Int32Array(16);
  size = 0;

  /** Earliest completion time (Infinity when empty). */
  peekTime(): number {
    return this.size > 0 ? (this.keys[0] ?? Infinity) : Infinity;
  }

  push(time: number, id: number): void {
    if (this.size === this.keys.length) {
      this.keys = grow(this.keys, (n) => new Float64Array(n));
      this.ids = grow(this.ids, (n) => new Int32Array(n));
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = this.keys[parent] ?? 0;
      if (pk <= time) break;
      this.keys[i] = pk;
      this.ids[i] = this.ids[parent] ?? 0;
      i = parent;
    }
    this.keys[i] = time;
    this.ids[i] = id;
  }

  /** Removes the earliest; returns its id (its time was `peekTime()`). Caller checks `size`. */
  pop(): number {
    const top = this.ids[0] ?? -1;
    const n = --this.size;
    const key = this.keys[n] ?? 0;
    const id = this.ids[n] ?? 0;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (this.keys[right] ?? 0) < (this.keys[child] ?? 0)) child = right;
      if ((this.keys[child] ?? 0) >= key) break;
      this.keys[i] = this.keys[child] ?? 0;
      this.ids[i] = this.ids[child] ?? 0;
      i = child;
    }
    this.keys[i] = key;
    this.ids[i] = id;
    return top;
  }
}

/** Per-connection state by id, ids recycled. */
export class Connections {
  /** Client time of the last read of a response on the connection (its idle clock starts). */
  readAt = new Float64Array(16);
  /** x in [0, γs]: how late this idle period's server close lands (uniform close model). */
  closeOffset = new Float64Array(16);
  private free: number[] = [];
  private next = 0;
  open = 0;

  allocate(): number {
    this.open += 1;
    const reused = this.free.pop();
    if (reused !== undefined) return reused;
    if (this.next === this.readAt.length) {
      this.readAt = grow(this.readAt, (n) => new Float64Array(n));
      this.closeOffset = grow(this.closeOffset, (n) => new Float64Array(n));
    }
    return this.next++;
  }

  release(id: number): void {
    this.open -= 1;
    this.free.push(id);
  }
}

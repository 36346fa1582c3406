export function ReviewRoute() {
  return <h1>Review</h1>;
}

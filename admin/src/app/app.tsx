export function App() {
  return (
    <main
      style={{
        fontFamily: "system-ui, sans-serif",
        maxWidth: 720,
        margin: "3rem auto",
        padding: "0 1rem",
      }}
    >
      <h1>天府丰收 · 工作台</h1>
      <p>合作社与商务局审核人员的管理控制台。</p>
      <p>The console for cooperative staff and commerce-bureau reviewers.</p>
    </main>
  )
}

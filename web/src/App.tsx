import { Route, Routes } from "react-router";
import { Layout } from "./components/Layout/Layout";
import { CourseMap } from "./pages/CourseMap";
import { LessonPage } from "./pages/LessonPage";
import { NotFound } from "./pages/NotFound";
import { ProgressPage } from "./pages/ProgressPage";

/** The app shell: a router and a layout, nothing else. */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<CourseMap />} />
        <Route path="learn/:moduleId" element={<LessonPage />} />
        <Route path="progress" element={<ProgressPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

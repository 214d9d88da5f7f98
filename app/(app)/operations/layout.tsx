import { permissionLayout } from "@/components/shell/permission-layout";

export default permissionLayout("operations.read");

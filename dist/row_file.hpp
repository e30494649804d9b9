#pragma once
// One text file written by every process: `header` (from process 0), then each process's rows in
// process order, hence in vertex order. The byte offsets of the parts are an exclusive scan of
// their sizes, and every process writes its part into the same temporary file with MPI-IO
// (MPI_File_write_at_all); nobody holds the whole file. The temporary lives next to `path`
// (".<name>.innonet-dist.XXXXXX", so the rename is atomic); it is synced and renamed over `path`
// only once every process wrote its part, and removed otherwise: a failed run leaves the old
// file, or none, never a partial one (the same promise as io/atomic_file.hpp). A new file gets
// 0666 minus the umask. Collective; failures are agreed (session.hpp).
#include <mpi.h>

#include <string>

namespace innonet::dist {

void write_rows_atomically(const std::string& path, const std::string& header,
                           const std::string& my_rows, MPI_Comm comm);

}  // namespace innonet::dist

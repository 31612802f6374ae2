def convolve(image, kernel):
    """Slide kernel over image, row by row, and return the feature map as a list of rows."""
    kh, kw = len(kernel), len(kernel[0])  # the filter's height and width
    out_rows = len(image) - kh + 1  # places down: the filter must stay on the image
    out_cols = len(image[0]) - kw + 1  # places across
    feature_map = []  # the answer, one row at a time
    for r in range(out_rows):  # each place down
        row = []  # this row of the map
        for c in range(out_cols):  # each place across
            total = 0  # the sum of products at this place
            for i in range(kh):  # each row of the filter
                for j in range(kw):  # each column of the filter
                    total = total + image[r + i][c + j] * kernel[i][j]  # pixel × weight on top
            row.append(total)  # one number of the map
        feature_map.append(row)  # the row is done
    return feature_map
